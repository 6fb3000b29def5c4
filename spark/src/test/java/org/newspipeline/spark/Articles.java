package org.newspipeline.spark;

import java.util.List;

/** Short news texts written for these tests. */
final class Articles {

    static final String HARBOUR = "The harbour will reopen on Monday, the port authority said.\n"
            + "\"We expect the first ferries by noon,\" said Ana Ruiz, its director. She added that the fish"
            + " market would open a week later.\n"
            + "\"It has been a long winter for everyone here,\" Ruiz said.";

    static final String COUNCIL = "Valdera City Council voted on Tuesday to close the old library on Hill Street.\n"
            + "\"This building costs us more every year than it gives back,\" said councillor Tomas Berg.\n"
            + "Residents disagreed. \"Where will our children read after school?\" asked Mira Holm, who has lived"
            + " on Hill Street for thirty years.\n"
            + "The council said the books would move to the new town hall by March.";

    static final String WEATHER = "Heavy rain is expected across the northern valleys this weekend.\n"
            + "Forecasters at the Northern Weather Office warned that rivers could rise quickly. Drivers should"
            + " avoid the mountain roads, according to the police.";

    static final String PAGE = "<html lang=\"en\"><head><title>Bridge repairs | Valdera Post</title>"
            + "<meta property=\"og:title\" content=\"Bridge repairs start next month\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
            + "<article><h1>Bridge repairs start next month</h1>"
            + "<p>Work on the East Bridge will begin in May and last until the autumn, the city said.</p>"
            + "<p>\"Traffic will move on one lane only,\" said Piet Vos, the city engineer.</p></article>"
            + "<footer>Copyright Valdera Post</footer></body></html>";

    static final List<String> TEXTS = List.of(HARBOUR, COUNCIL, WEATHER);

    private Articles() {
    }
}
