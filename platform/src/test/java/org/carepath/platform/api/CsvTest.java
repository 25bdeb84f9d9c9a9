package org.carepath.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatWouldSplitAFieldAndDisarmsFormulas() {
        assertEquals("ward 7", Csv.field("ward 7"));
        assertEquals("\"Smith, J\"", Csv.field("Smith, J"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", Csv.field("=HYPERLINK(1)"));
        assertEquals("-3", Csv.field(-3));
        assertEquals("", Csv.field(null));
    }
}
