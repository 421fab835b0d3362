package dev.retort.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes alembic output comparable where its order comes from Python sets (reference 4.7):
 * several branch labels, "Branches into:", and the children listed by {@code branches}.
 * Everything else must match byte for byte.
 */
final class OutputNormalizer {
    private static final Pattern PAREN_LIST = Pattern.compile("\\(([^()]*, [^()]*)\\)");

    private OutputNormalizer() {
    }

    static String normalize(String output) {
        List<String> lines = new ArrayList<>(Arrays.asList(output.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("Branch names: ") || line.startsWith("Branches into: ")) {
                int colon = line.indexOf(": ") + 2;
                lines.set(i, line.substring(0, colon) + sortList(line.substring(colon)));
            } else {
                lines.set(i, sortParenthesizedLists(line));
            }
        }
        sortChildBlocks(lines);
        return String.join("\n", lines);
    }

    private static String sortParenthesizedLists(String line) {
        Matcher m = PAREN_LIST.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("(" + sortList(m.group(1)) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String sortList(String list) {
        String[] items = list.split(", ");
        Arrays.sort(items);
        return String.join(", ", items);
    }

    /** Runs of {@code "    -> child"} lines (alembic branches) are in set order: sort each run. */
    private static void sortChildBlocks(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            if (!isChildLine(lines.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < lines.size() && isChildLine(lines.get(j))) {
                j++;
            }
            lines.subList(i, j).sort(null);
            i = j;
        }
    }

    private static boolean isChildLine(String line) {
        return line.matches("^ +-> .*");
    }
}
