package org.custodian.model;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Names in the order people expect: runs of digits compare as numbers, so "A2" comes before "A10", and
 * letters compare ignoring case. Names that differ only in case or leading zeros are then ordered as text,
 * so the order is total and the same on every machine.
 */
public final class NaturalOrder implements Comparator<String> {
    public static final Comparator<String> NAMES = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = runEnd(a, i);
            int endB = runEnd(b, j);
            int byRun = compareRuns(a.substring(i, endA), b.substring(j, endB));
            if (byRun != 0) {
                return byRun;
            }
            i = endA;
            j = endB;
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    /** Where the run of digits, or of other characters, that starts at {@code from} ends. */
    private static int runEnd(String s, int from) {
        boolean digits = Character.isDigit(s.charAt(from));
        int end = from + 1;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    private static int compareRuns(String a, String b) {
        boolean numbers = Character.isDigit(a.charAt(0)) && Character.isDigit(b.charAt(0));
        if (numbers) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return String.CASE_INSENSITIVE_ORDER.compare(a, b);
    }
}
