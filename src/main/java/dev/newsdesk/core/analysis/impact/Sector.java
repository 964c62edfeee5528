package dev.newsdesk.core.analysis.impact;

import java.util.Locale;

/** The market areas a digest reports impact on. */
public enum Sector {
    /** Bitcoin, ether, stablecoins, crypto exchanges and ETFs. */
    CRYPTO("Crypto"),
    /** Semiconductors: Nvidia, TSMC, GPUs, chip equipment. */
    CHIPS("Chips"),
    /** AI infrastructure and cloud: data centres, hyperscalers, AI models and labs. */
    AI_CLOUD("AI infrastructure & cloud"),
    /** Shares, stock indexes and listed companies in general. */
    EQUITIES("Equities"),
    /** Oil, gas, OPEC, power and renewables. */
    ENERGY("Energy"),
    /** Defence: armed forces, weapons makers, military spending. */
    DEFENCE("Defence");

    private final String displayName;

    Sector(String displayName) {
        this.displayName = displayName;
    }

    /** The name shown to people, e.g. "AI infrastructure &amp; cloud". */
    public String displayName() {
        return displayName;
    }

    /**
     * The sector of a lexicon name such as {@code crypto} or {@code ai-cloud}.
     *
     * @throws IllegalArgumentException naming the input when no sector has that name
     */
    public static Sector fromId(String id) {
        String key = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Sector s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("sector: unknown sector '" + id + "'");
    }
}
