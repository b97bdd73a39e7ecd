package dev.diffkernel.calc;

import java.util.Random;

/**
 * Generates random math text over the functions of the notes, for corpus tests. Arguments of
 * functions with a restricted domain are shifted into it (ln and sqrt of u^2 + 1, asin of
 * sigmoid(u)), so that every expression is smooth on the test points.
 */
public final class RandomExpressions {
    private static final String[] SMOOTH = {"sin", "cos", "exp", "sigmoid", "tanh", "atan", "sinh", "cosh"};

    private final Random random;
    private final String[] variables;

    /**
     * @param seed the random seed
     * @param variables the variable names to use, e.g. {@code x} or {@code x, y}
     */
    public RandomExpressions(long seed, String... variables) {
        this.random = new Random(seed);
        this.variables = variables.clone();
    }

    /** An expression of at most the given depth. */
    public String next(int depth) {
        if (depth == 0 || random.nextInt(5) == 0) {
            switch (random.nextInt(4)) {
                case 0:
                    return String.valueOf(1 + random.nextInt(5));
                case 1:
                    return "0." + (1 + random.nextInt(9));
                default:
                    return variables[random.nextInt(variables.length)];
            }
        }
        String a = next(depth - 1);
        String b = next(depth - 1);
        switch (random.nextInt(15)) {
            case 0: case 1: return "(" + a + " + " + b + ")";
            case 2: case 3: return "(" + a + " - " + b + ")";
            case 4: case 5: return "(" + a + ")*(" + b + ")";
            case 6: return "(" + a + ")/((" + b + ")^2 + 1)";
            case 7: return "(" + a + ")^" + (2 + random.nextInt(3));
            case 8: return "e^(" + a + "/4)";
            case 9: return "2^(" + a + "/4)";
            case 10: return random.nextBoolean() ? "ln((" + a + ")^2 + 1)" : "log_3((" + a + ")^2 + 2)";
            case 11: return "sqrt((" + a + ")^2 + 1)";
            case 12: return random.nextBoolean() ? "asin(sigmoid(" + a + ") - 0.5)" : "tan(sigmoid(" + a + "))";
            case 13: return "((" + a + ")^2 + 1)^(sigmoid(" + b + "))";
            default: return SMOOTH[random.nextInt(SMOOTH.length)] + "(" + a + ")";
        }
    }

    /** A point in [0.3, 1.3) for each variable. */
    public double[] point() {
        double[] p = new double[variables.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.3 + random.nextDouble();
        }
        return p;
    }
}
