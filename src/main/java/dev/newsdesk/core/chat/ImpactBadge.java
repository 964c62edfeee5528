package dev.newsdesk.core.chat;

import dev.newsdesk.core.analysis.impact.Direction;
import dev.newsdesk.core.analysis.impact.Sector;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The market-impact badge beside a story: {@code ▲ positive · Chips}, {@code ▼ negative}, {@code ● impact uncertain · Crypto}. */
public final class ImpactBadge {
    private ImpactBadge() {
    }

    /**
     * @return the badge, or empty for a neutral item that concerns no sector (most news: nothing to show)
     */
    public static Optional<String> of(Direction direction, List<Sector> sectors) {
        String where = sectors.isEmpty() ? ""
                : " · " + sectors.stream().map(Sector::displayName).collect(Collectors.joining(", "));
        return switch (direction) {
            case POSITIVE -> Optional.of("▲ positive" + where);
            case NEGATIVE -> Optional.of("▼ negative" + where);
            case NEUTRAL -> sectors.isEmpty() ? Optional.empty() : Optional.of("● impact uncertain" + where);
        };
    }
}
