package org.newspipeline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.NewsPipeline;
import org.newspipeline.model.Article;
import org.newspipeline.model.Entity;
import org.newspipeline.model.EntityType;
import org.newspipeline.model.Mention;

class EntityGrouperTest {

    @Test
    void fullNameTitledNameAndSurnameAreOnePerson() {
        Article a = NewsPipeline.annotate(String.join("\n",
                "Union leaders met representatives of Gen Harald Brekke in Bergen on Saturday.",
                "They repeated their demand that Gen Brekke step down at once.",
                "Brekke has refused to leave the post, his officers said."));
        List<Entity> people = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, people.size(), people.toString());
        assertEquals("Harald Brekke", people.get(0).name());
        assertEquals(List.of("Gen Harald Brekke", "Gen Brekke", "Brekke"),
                people.get(0).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void differentPeopleStayApart() {
        Article a = NewsPipeline.annotate("Anna Berg met Tom Becker and Anna Lindqvist in Oslo on Monday.");
        assertEquals(3, a.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
    }
}
