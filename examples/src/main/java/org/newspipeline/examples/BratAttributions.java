package org.newspipeline.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the attributions of a brat standoff annotation file in the PolNeAR layout: {@code T} lines give typed text
 * spans ({@code T3<TAB>Cue 107 114<TAB>reports}, several fragments separated by {@code ;}), {@code E} lines join
 * them into one attribution ({@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1}). Other lines are ignored.
 */
final class BratAttributions {

    /** One annotated attribution: its fragments by role, each fragment {@code {start, end}}. */
    record Annotated(List<int[]> content, List<int[]> source, List<int[]> cue) {
    }

    private BratAttributions() {
    }

    /**
     * @param ann the file's text
     * @return its attributions that have a content, in file order
     */
    static List<Annotated> parse(String ann) {
        Map<String, List<int[]>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[0].isEmpty()) {
                continue;
            }
            if (cols[0].charAt(0) == 'T') {
                spans.put(cols[0], fragments(cols[1]));
            } else if (cols[0].charAt(0) == 'E') {
                events.add(cols[1].trim().split(" "));
            }
        }
        List<Annotated> out = new ArrayList<>();
        for (String[] roles : events) {
            List<int[]> content = new ArrayList<>();
            List<int[]> source = new ArrayList<>();
            List<int[]> cue = new ArrayList<>();
            for (int i = 1; i < roles.length; i++) {
                String[] kv = roles[i].split(":");
                if (kv.length != 2 || !spans.containsKey(kv[1])) {
                    continue;
                }
                String role = kv[0].replaceAll("\\d+$", "");
                switch (role) {
                    case "Content" -> content.addAll(spans.get(kv[1]));
                    case "Source" -> source.addAll(spans.get(kv[1]));
                    case "Cue" -> cue.addAll(spans.get(kv[1]));
                    default -> { }
                }
            }
            if (!content.isEmpty()) {
                out.add(new Annotated(content, source, cue));
            }
        }
        return out;
    }

    /** "Cue 107 114" or "Content 4902 4959;4984 5422": the fragments; none when the offsets do not parse. */
    private static List<int[]> fragments(String typeAndOffsets) {
        int space = typeAndOffsets.indexOf(' ');
        List<int[]> out = new ArrayList<>();
        if (space < 0) {
            return out;
        }
        for (String fragment : typeAndOffsets.substring(space + 1).split(";")) {
            String[] be = fragment.trim().split(" ");
            try {
                out.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                return List.of();
            }
        }
        return out;
    }

    /**
     * The first annotation file of an article in name order ({@code NAME_XXXX.ann}), or null when it has none.
     */
    static Path firstAnnotation(Path folder, String name) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + "_") && f.endsWith(".ann")
                        && f.substring(name.length() + 1, f.length() - 4).matches("[^_]+");
            }).sorted().findFirst().orElse(null);
        }
    }
}
