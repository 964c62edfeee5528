package dev.newsdesk.config;

import java.util.Locale;
import java.util.OptionalLong;

/** Sizes as people write them: {@code 10MB}, {@code 512KB}, {@code 1GB}, or a plain number of bytes. Units are binary. */
public final class DataSizes {
    private DataSizes() {
    }

    public static OptionalLong parse(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String s = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        if (s.endsWith("KIB") || s.endsWith("KB") || s.endsWith("K")) {
            unit = 1024;
        } else if (s.endsWith("MIB") || s.endsWith("MB") || s.endsWith("M")) {
            unit = 1024 * 1024;
        } else if (s.endsWith("GIB") || s.endsWith("GB") || s.endsWith("G")) {
            unit = 1024L * 1024 * 1024;
        }
        String digits = s.replaceAll("[A-Z]+$", "");
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        if (unit == 1 && !s.equals(digits) && !s.equals(digits + "B")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits) * unit);
    }
}
