package org.newspipeline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the names of input files into output names that stay inside the output folder, whatever the names hold.
 *
 * <p>Each component of a relative path is escaped on its own: {@code %} and every character that could change the
 * path when the name is resolved (the separators {@code /} and {@code \}, control characters) become {@code %XX},
 * and a component that is {@code .} or {@code ..} has its dots escaped. The mapping is one to one, so two inputs
 * never share an output name by escaping. Stateless.
 */
final class OutputNames {

    private OutputNames() {
    }

    /**
     * @param relative a path relative to an input folder, or a bare file name
     * @return its components escaped and joined with {@code /}
     */
    static String of(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path part : relative) {
            parts.add(component(part.toString()));
        }
        return String.join("/", parts);
    }

    /**
     * @param name one file or folder name
     * @return the name with {@code %}, separators and control characters escaped, and {@code .} or {@code ..}
     *         escaped as a whole
     */
    static String component(String name) {
        if (name.isEmpty()) {
            return "%00";
        }
        if (name.equals(".") || name.equals("..")) {
            return name.replace(".", "%2E");
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '%' || c == '/' || c == '\\' || c == ':' || Character.isISOControl(c)) {
                out.append('%').append(String.format("%02X", (int) c & 0xFF));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
