package org.newspipeline.cli;

/** Small hand-written articles for the command's tests; each has one quote whose speaker the text names. */
final class Articles {

    private Articles() {
    }

    static final String BRIDGE = """
            Town votes to keep its old bridge
            The town council voted on Monday to repair the old bridge rather than build a new one.
            "The bridge has stood for a hundred years and it will stand for a hundred more," said Anna Berg, the mayor.
            Work on the bridge will start in June and last until the end of the summer.
            """;

    static final String LIBRARY = """
            Library opens late on Sundays
            The city library will stay open until nine on Sundays from next month.
            "People asked us for evening hours and we listened," said Peter Holm, the head librarian.
            The change will cost the city about 40,000 euros a year.
            """;

    static final String FERRY = """
            Ferry returns after repairs
            The island ferry sailed again on Friday after three weeks in dry dock.
            "Our passengers have been very patient with us," said Karin Lund, the ferry company's manager.
            Timetables are unchanged.
            """;
}
