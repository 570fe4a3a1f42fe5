package dev.agendum.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What attending costs. Amounts compare by value: {@code 10.0} and {@code 10.00} are the same fee.
 *
 * @param amount   the price, zero for a free event; never negative
 * @param currency the currency
 */
public record Fee(BigDecimal amount, Currency currency) {

    /**
     * Creates a fee.
     *
     * @param amount the price, zero for a free event; never negative
     * @param currency the currency
     * @throws IllegalArgumentException when the amount is negative
     */
    public Fee {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a fee must not be negative, got " + amount);
        }
        amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /**
     * {@return a fee of {@code amount} in {@code currencyCode} (ISO 4217, e.g. {@code EUR})}
     *
     * @param amount the price, zero for a free event; never negative
     * @param currencyCode the ISO 4217 currency code
     */
    public static Fee of(String amount, String currencyCode) {
        return new Fee(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /**
     * {@return the fee of a free event, stated in {@code currency}}
     *
     * @param currency the currency
     */
    public static Fee free(Currency currency) {
        return new Fee(BigDecimal.ZERO, currency);
    }

    /**
     * {@return whether attending costs nothing}
     */
    public boolean costsNothing() {
        return amount.signum() == 0;
    }
}
