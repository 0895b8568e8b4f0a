package org.custodian.analysis.synthetic;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/** Seeded choices: the only source of chance in the generator, so one seed always gives one inventory. */
final class Draw {
    private final Random random;

    Draw(long seed) {
        random = new Random(seed);
    }

    UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number whose average is {@code mean}: its floor, plus one with the remaining probability. */
    int around(double mean) {
        int whole = (int) Math.floor(mean);
        return whole + (chance(mean - whole) ? 1 : 0);
    }

    /** A day in [from, until), or {@code from} when the range is empty. */
    LocalDate between(LocalDate from, LocalDate until) {
        long days = until.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextInt((int) Math.min(days, Integer.MAX_VALUE)));
    }

    /** Index picked with the given weights. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T of(T[] items) {
        return items[random.nextInt(items.length)];
    }
}
