package org.newspipeline.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTextTest {

    private final DateText dates = new DateText(MetadataWords.standard());

    @Test
    void machineValuesKeepTheirCalendarDay() {
        assertEquals(Optional.of(LocalDate.of(2019, 11, 20)), dates.parseValue("2019-11-20T23:43:00-05:00"));
        assertEquals(Optional.of(LocalDate.of(2019, 11, 20)), dates.parseValue("20191120"));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 5)), dates.parseValue("2021-3-5"));
    }

    @Test
    void utcHours() {
        assertEquals(23, DateText.utcHour("2019-11-19T23:05:00Z"));
        assertEquals(7, DateText.utcHour("2019-11-19 07:05+00:00"));
        assertEquals(-1, DateText.utcHour("2019-11-19T23:05:00-05:00"));
        assertEquals(-1, DateText.utcHour("2019-11-19"));
    }

    @Test
    void datesWrittenForReadersInSeveralLanguages() {
        assertEquals(Optional.of(LocalDate.of(2020, 2, 7)), dates.find("Veröffentlicht am 07.02.2020, 14:10 Uhr"));
        assertEquals(Optional.of(LocalDate.of(2018, 3, 4)), dates.find("Sonntag, 4. März 2018"));
        assertEquals(Optional.of(LocalDate.of(2017, 10, 1)), dates.find("Posted on October 1st, 2017 by Kim"));
        assertEquals(Optional.of(LocalDate.of(2016, 12, 9)), dates.find("le 9 décembre 2016"));
        assertEquals(Optional.of(LocalDate.of(2022, 8, 15)), dates.find("15 de agosto de 2022"));
        assertEquals(Optional.of(LocalDate.of(2015, 1, 2)), dates.find("Jan. 2, 2015"));
        assertEquals(Optional.of(LocalDate.of(2019, 5, 3)), dates.find("3 мая 2019, 10:15"));
        assertEquals(Optional.of(LocalDate.of(2021, 9, 30)), dates.find("30 września 2021"));
        assertEquals(Optional.of(LocalDate.of(2020, 7, 4)), dates.find("4. července 2020"));
        assertEquals(Optional.of(LocalDate.of(2018, 3, 12)), dates.find("12 mars 2018 kl. 08:00"));
    }

    @Test
    void aSlashedDateThatCouldBeEitherGivesBothReadingsOnlyWhenCheckingAnother() {
        assertEquals(Optional.empty(), dates.find("Posted 03/05/2022"));
        assertEquals(java.util.Set.of(LocalDate.of(2022, 3, 5), LocalDate.of(2022, 5, 3)),
                dates.allReadings("Posted 03/05/2022"));
        assertEquals(java.util.Set.of(LocalDate.of(2022, 5, 13)), dates.allReadings("Posted 13/05/2022"));
    }

    @Test
    void aTwoDigitYearWithDotsIsThisCentury() {
        assertEquals(Optional.of(LocalDate.of(2021, 4, 7)), dates.find("Lea Roth | 7.04.21 | Reisen"));
        assertEquals(Optional.empty(), dates.find("Version 1.4.21.3"));
        assertEquals(Optional.empty(), dates.find("Score 3,7.04.21"));
        assertEquals(Optional.of(LocalDate.of(2021, 4, 7)), dates.find("07.04.2021"));
    }

    @Test
    void theFirstDateOfATextWins() {
        assertEquals(Optional.of(LocalDate.of(2019, 5, 1)), dates.find("1 May 2019, updated 3 June 2019"));
    }

    @Test
    void doubtfulOrImpossibleDatesAreNotRead() {
        assertEquals(Optional.empty(), dates.find("05/06/2019"));
        assertEquals(Optional.empty(), dates.find("31.02.2019"));
        assertEquals(Optional.empty(), dates.find("12.03.1850"));
        assertEquals(Optional.empty(), dates.find("Call 0800 12 34 56"));
        assertEquals(Optional.of(LocalDate.of(2019, 6, 25)), dates.find("25/06/2019"));
    }

    @Test
    void addressesGiveTheirDatePath() {
        assertEquals(Optional.of(LocalDate.of(2019, 6, 19)), dates.fromUrl("https://example.org/2019/06/19/a-post/"));
        assertEquals(Optional.of(LocalDate.of(2020, 1, 31)), dates.fromUrl("https://example.org/news/2020-01-31-title"));
        assertEquals(Optional.empty(), dates.fromUrl("https://example.org/2019/06/a-post/"));
        assertEquals(Optional.empty(), dates.fromUrl("https://2019.example.org/12/19/"));
    }
}
