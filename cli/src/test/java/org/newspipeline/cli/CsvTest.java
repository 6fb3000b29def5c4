package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertEquals("a,b c,\r\n", Csv.row(List.of("a", "b c", "")));
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n",
                Csv.row(List.of("x, y", "say \"hi\"", "two\nlines")));
    }
}
