package org.spiking4j.runtime.circuit;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a misspelt one was probably meant to be, for "did you mean" hints. */
final class NameSuggestion {
    /** Longer names tolerate more typos; a third of the length, and at least one edit. */
    private static final int CHARACTERS_PER_ALLOWED_EDIT = 3;

    private NameSuggestion() {
    }

    /** The closest candidate within the allowed number of edits, ignoring case; empty when none is close. */
    static Optional<String> closest(String name, Collection<String> candidates) {
        if (name == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, name.length() / CHARACTERS_PER_ALLOWED_EDIT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance && !candidate.equals(name)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " Did you mean 'x'?" or the empty string. */
    static String hint(String name, Collection<String> candidates) {
        return closest(name, candidates).map(match -> " Did you mean '" + match + "'?").orElse("");
    }

    /** Levenshtein distance with one row of memory. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
