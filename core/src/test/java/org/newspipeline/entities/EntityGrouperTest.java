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
                "Officials met representatives of Col Muammar Gaddafi in Tunisia on Saturday.",
                "They repeated their demand that Col Gaddafi step down at once.",
                "Gaddafi has refused to leave the country, his officials said."));
        List<Entity> people = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, people.size(), people.toString());
        assertEquals("Muammar Gaddafi", people.get(0).name());
        assertEquals(List.of("Col Muammar Gaddafi", "Col Gaddafi", "Gaddafi"),
                people.get(0).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void differentPeopleStayApart() {
        Article a = NewsPipeline.annotate("Anna Berg met Tom Becker and Anna Lindqvist in Oslo on Monday.");
        assertEquals(3, a.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
    }
}
