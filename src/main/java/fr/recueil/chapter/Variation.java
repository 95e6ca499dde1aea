package fr.recueil.chapter;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The change of a key figure against its N-1 value, computed, never typed: a percentage, or
 * percentage points when the figure is itself a percentage.
 */
public record Variation(BigDecimal amount, boolean points) {

    /** Empty when the two values cannot be compared (no N-1, different units, N-1 of zero). */
    public static Optional<Variation> between(FigureValue current, FigureValue previous) {
        if (current == null || previous == null || !Objects.equals(current.unit(), previous.unit())) {
            return Optional.empty();
        }
        if ("%".equals(current.unit())) {
            return Optional.of(new Variation(current.number().subtract(previous.number()), true));
        }
        if (previous.number().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal ratio = current.number().subtract(previous.number())
                .divide(previous.number().abs(), MathContext.DECIMAL64)
                .multiply(BigDecimal.valueOf(100));
        return Optional.of(new Variation(ratio, false));
    }

    /** Rounded for reading: whole numbers from 10 up, one decimal below. */
    public BigDecimal rounded() {
        int scale = amount.abs().compareTo(BigDecimal.TEN) >= 0 ? 0 : 1;
        return amount.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public int sign() {
        return rounded().signum();
    }
}
