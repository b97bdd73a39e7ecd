package dev.diffkernel.calc.parse;

import dev.diffkernel.calc.ExpressionSyntaxException;
import dev.diffkernel.calc.expr.Call;
import dev.diffkernel.calc.expr.Const;
import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.expr.Func;
import dev.diffkernel.calc.expr.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.operator.Operator;
import net.objecthunter.exp4j.shuntingyard.ShuntingYard;
import net.objecthunter.exp4j.tokenizer.FunctionToken;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.Token;
import net.objecthunter.exp4j.tokenizer.VariableToken;

/**
 * Parses math text such as {@code "f(x) = 0.01*x^2 + 0.1*x"} or {@code "2x + 3xy + y^3"}.
 *
 * <p>Grammar, in brief: numbers ({@code 2}, {@code 0.5}, {@code 1e-5}); variables; the constants
 * {@code e} and {@code pi} (or {@code π}); {@code + - * / ^} with the usual precedence ({@code ^}
 * binds tighter than unary minus, so {@code -x^2} is {@code -(x^2)}; {@code ^} is right
 * associative); implicit multiplication ({@code 2x}, {@code 3x(y + 1)}, {@code xy}); the functions of
 * {@link Func} plus the aliases {@code log(x)} (natural log), {@code log(a, x)}, {@code log2},
 * {@code log10}, {@code exp}, {@code pow(a, b)}, {@code signum}, {@code arcsin} etc. The symbols
 * {@code · × ⋅} multiply, {@code ÷} divides, {@code −} subtracts.
 *
 * <p>Without a declaration, a variable is one letter, optionally with digits or an underscore part
 * ({@code x}, {@code x0}, {@code w_1}), or a Greek letter name ({@code theta}); with
 * {@code f(x, y) = …} only the declared names (and {@code e}, {@code pi}) are allowed, and longer
 * names ({@code rate}) can be declared. A longer word is never split into a product of letters:
 * {@code rate*x} is an error that says how to declare {@code rate} or to write {@code r*a*t*e},
 * and {@code xy} asks for {@code x*y}.
 *
 * <p>Thread-safe; all methods are static.
 */
public final class Parser {
    private static final Pattern DECLARATION = Pattern.compile(
            "\\s*([\\p{L}][\\p{L}0-9_]*'*)\\s*\\(([^()=]*)\\)\\s*=(?!=)(.*)", Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile("\\s*([\\p{L}][\\p{L}0-9_]*'*)\\s*=(?!=)(.*)", Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}][\\p{L}0-9_]*");
    private static final Pattern CHUNK = Pattern.compile("[A-Za-z](?:_?[0-9]+|_[A-Za-z0-9]+)?");
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "rho", "sigma", "tau", "upsilon", "phi",
            "chi", "psi", "omega");
    private static final Set<String> CONSTANTS = Set.of("e", "pi", "π");
    private static final Pattern SUFFIX = Pattern.compile("(.*?_?)([0-9]{1,18})");

    /** Function names of math text, with the arities each accepts. */
    private static final Map<String, int[]> FUNCTIONS = new HashMap<>();

    static {
        for (Func f : Func.values()) {
            if (f != Func.LOG) {
                FUNCTIONS.put(f.symbol(), new int[] {f.arity()});
            }
        }
        FUNCTIONS.put("log", new int[] {1, 2});
        FUNCTIONS.put("log2", new int[] {1});
        FUNCTIONS.put("log10", new int[] {1});
        FUNCTIONS.put("lg", new int[] {1});
        FUNCTIONS.put("pow", new int[] {2});
        FUNCTIONS.put("signum", new int[] {1});
        FUNCTIONS.put("arcsin", new int[] {1});
        FUNCTIONS.put("arccos", new int[] {1});
        FUNCTIONS.put("arctan", new int[] {1});
        FUNCTIONS.put("heaviside", new int[] {1});
    }

    private static final List<String> SUGGESTION_ORDER = List.of("ln", "log", "exp", "sqrt", "cbrt", "abs", "sin", "cos",
            "tan", "sec", "asin", "acos", "atan", "sinh", "cosh", "tanh", "sigmoid", "relu", "step", "sign", "max",
            "min", "log2", "log10", "pow", "signum", "arcsin", "arccos", "arctan");

    /** Deepest parentheses accepted; deeper text is surely a mistake (and would exhaust the stack). */
    static final int MAX_NESTING = 100;
    /** Deepest expression tree accepted (a sum of about 200 terms). */
    static final int MAX_DEPTH = 250;

    /**
     * Deepest nesting of functions, powers and quotients accepted: each level multiplies the size of
     * the derivative (chain and quotient rules), and e^e^…^x 240 deep took half a minute to differentiate.
     */
    static final int MAX_NESTED = 30;

    private Parser() {}

    private static final Pattern LOG_BASE = Pattern.compile("log_([0-9]{1,9})");

    /** Returns whether {@code name} is a function name of math text, such as {@code ln} or {@code log_2}. */
    public static boolean isFunctionName(String name) {
        return FUNCTIONS.containsKey(name) || LOG_BASE.matcher(name).matches();
    }

    private static int[] arities(String name) {
        return LOG_BASE.matcher(name).matches() ? new int[] {1} : FUNCTIONS.get(name);
    }

    /**
     * Parses a function: a bare expression ({@code "x^2 + y"}), a named one ({@code "y = 2x"}) or a
     * declaration ({@code "f(x, y) = x^2 + y"}).
     *
     * @param text the math text, never null
     * @return the parsed function, never null
     * @throws ExpressionSyntaxException if the text is not a valid function
     */
    public static ParsedFunction parse(String text) {
        Objects.requireNonNull(text, "text");
        text = halfWidth(text);
        Matcher m = DECLARATION.matcher(text);
        if (m.matches()) {
            String name = m.group(1);
            List<String> variables = declaredVariables(text, m.group(2), m.start(2));
            Expr body = new Parser.Run(text, m.start(3), m.end(3), new LinkedHashSet<>(variables), name).parse();
            return new ParsedFunction(name, variables, body, true);
        }
        m = NAMED.matcher(text);
        if (m.matches() && !isFunctionName(m.group(1))) {
            Run run = new Run(text, m.start(2), m.end(2), null, m.group(1));
            Expr body = run.parse();
            return new ParsedFunction(m.group(1), run.inferred(), body, false);
        }
        Run run = new Run(text, 0, text.length(), null, null);
        Expr body = run.parse();
        return new ParsedFunction(null, run.inferred(), body, false);
    }

    /**
     * Maps fullwidth forms, which an East Asian input method types ({@code ２ｘ＋１}), to their ASCII
     * letters one for one, so columns stay right. Unlike NFKC this keeps {@code ²} a power.
     */
    static String halfWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c == '\u3000' ? ' ' : c;
            if (mapped != c && out == null) {
                out = new StringBuilder(text);
            }
            if (out != null) {
                out.setCharAt(i, mapped);
            }
        }
        return out == null ? text : out.toString();
    }

    private static List<String> declaredVariables(String text, String list, int offset) {
        List<String> names = new ArrayList<>();
        if (list.isBlank()) {
            throw new ExpressionSyntaxException("No variables declared", text, offset + 1,
                    "write them in the parentheses, as in f(x) = x^2");
        }
        int start = 0;
        for (String part : list.split(",", -1)) {
            String name = part.strip();
            int column = offset + start + (name.isEmpty() ? 0 : part.indexOf(name)) + 1;
            if (name.isEmpty()) {
                throw new ExpressionSyntaxException("Missing variable name", text, column,
                        "separate the names by single commas, as in f(x, y) = x*y");
            }
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new ExpressionSyntaxException("Invalid variable name '" + name + "'", text, column,
                        "a name starts with a letter and has letters, digits or _");
            }
            if (isFunctionName(name) || CONSTANTS.contains(name)) {
                throw new ExpressionSyntaxException("'" + name + "' cannot be a variable", text, column,
                        "it is a " + (CONSTANTS.contains(name) ? "constant" : "function") + " of math text; pick another name");
            }
            if (names.contains(name)) {
                throw new ExpressionSyntaxException("Variable '" + name + "' is declared twice", text, column,
                        "declare each variable once");
            }
            names.add(name);
            start += part.length() + 1;
        }
        return names;
    }

    /** Natural order of variable names: letters, then a numeric suffix by value (x2 before x10). */
    public static final Comparator<String> VARIABLE_ORDER = (a, b) -> {
        Matcher ma = SUFFIX.matcher(a);
        Matcher mb = SUFFIX.matcher(b);
        if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))) {
            int c = Long.compare(Long.parseLong(ma.group(2)), Long.parseLong(mb.group(2)));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    };

    // ---------------------------------------------------------------- one parse

    private enum Kind { NUMBER, VARIABLE, CONSTANT, FUNCTION, OPERATOR, OPEN, CLOSE, COMMA }

    /** A checked token; {@code column} is 1-based in the whole text. */
    private record Tok(Kind kind, String text, int column) {}

    private static final class Run {
        private final String text;
        private final int from;
        private final int to;
        private final Set<String> declared;
        private final String name;
        private final Set<String> seen = new TreeSet<>(VARIABLE_ORDER);
        private final List<Tok> tokens = new ArrayList<>();

        Run(String text, int from, int to, Set<String> declared, String name) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.declared = declared;
            this.name = name;
        }

        List<String> inferred() {
            return new ArrayList<>(seen);
        }

        private ExpressionSyntaxException error(String problem, int column, String fix) {
            return new ExpressionSyntaxException(problem, text, column, fix);
        }

        Expr parse() {
            lex();
            if (tokens.isEmpty()) {
                if (from > 0) {
                    throw error("Empty expression after '='", from, "write a formula after '=', as in f(x) = x^2");
                }
                throw new ExpressionSyntaxException("Empty expression", text, ExpressionSyntaxException.NO_COLUMN,
                        "write a formula such as \"x^2 + 1\"");
            }
            List<Integer> arities = check();
            return build(arities);
        }

        // ------------------------------------------------------------ lexing

        private void lex() {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                int column = i + 1;
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (isAsciiDigit(c) || c == '.') {
                    i = number(i);
                } else if (Character.isDigit(c)) {
                    throw error("Unexpected digit '" + c + "'", column,
                            "write it as " + Character.digit(c, 10) + ", with the digits 0-9");
                } else if (Character.isLetter(c) && c != 'π') {
                    i = name(i);
                } else if (c == 'π') {
                    add(Kind.CONSTANT, "pi", column);
                    i++;
                } else if (c == '+' || c == '-' || c == '*' || c == '/' || c == '^') {
                    add(Kind.OPERATOR, String.valueOf(c), column);
                    i++;
                } else if (c == '−') {
                    add(Kind.OPERATOR, "-", column);
                    i++;
                } else if (c == '·' || c == '×' || c == '⋅') {
                    add(Kind.OPERATOR, "*", column);
                    i++;
                } else if (c == '÷') {
                    add(Kind.OPERATOR, "/", column);
                    i++;
                } else if (c == '²' || c == '³') {
                    add(Kind.OPERATOR, "^", column);
                    add(Kind.NUMBER, c == '²' ? "2" : "3", column);
                    i++;
                } else if (c == '(') {
                    add(Kind.OPEN, "(", column);
                    i++;
                } else if (c == ')') {
                    add(Kind.CLOSE, ")", column);
                    i++;
                } else if (c == ',') {
                    add(Kind.COMMA, ",", column);
                    i++;
                } else if (c == '[' || c == '{' || c == ']' || c == '}') {
                    throw error("Unexpected '" + c + "'", column, "use round parentheses ( ) for grouping");
                } else if (c == '=') {
                    throw error("Unexpected '='", column,
                            "declare a function as f(x) = x^2, with one '=' after the name and variables");
                } else if (c == '%' || c == '!') {
                    throw error("Unsupported operator '" + c + "'", column, "use + - * / ^ and functions");
                } else {
                    String shown = Character.isISOControl(c) || Character.isSurrogate(c)
                            ? String.format("\\u%04x", (int) c) : String.valueOf(c);
                    throw error("Unexpected character '" + shown + "'", column,
                            "math text uses numbers, names, + - * / ^, parentheses and commas");
                }
            }
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private void add(Kind kind, String s, int column) {
            tokens.add(new Tok(kind, s, column));
        }

        private int number(int start) {
            int i = start;
            int dots = 0;
            while (i < to && (isAsciiDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                if (text.charAt(i) == '.') {
                    dots++;
                }
                i++;
            }
            String mantissa = text.substring(start, i);
            if (dots > 1) {
                throw error("Malformed number '" + mantissa + "'", start + 1, "a number has at most one decimal point");
            }
            if (mantissa.equals(".")) {
                throw error("Malformed number '.'", start + 1, "write a digit before or after the decimal point");
            }
            if (i < to && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < to && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                    j++;
                }
                if (j < to && isAsciiDigit(text.charAt(j))) {
                    while (j < to && isAsciiDigit(text.charAt(j))) {
                        j++;
                    }
                    i = j;
                }
            }
            String literal = text.substring(start, i);
            double value = Double.parseDouble(literal);
            if (Double.isInfinite(value)) {
                throw error("Number '" + literal + "' is too large", start + 1, "numbers must be below 1.8e308");
            }
            add(Kind.NUMBER, literal, start + 1);
            return i;
        }

        private int name(int start) {
            int i = start;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')
                    && text.charAt(i) != 'π') {
                i++;
            }
            String word = text.substring(start, i);
            int column = start + 1;
            boolean call = nextNonSpace(i) == '(';
            if (isFunctionName(word)) {
                if (!call) {
                    throw error("Function '" + word + "' needs parentheses", column,
                            "write " + word + "(x)" + (arities(word)[0] == 2 ? " with two arguments, as in "
                                    + word + "(x, 0)" : ""));
                }
                add(Kind.FUNCTION, word, column);
                return i;
            }
            if (declared != null ? declared.contains(word) : false) {
                add(Kind.VARIABLE, word, column);
                return i;
            }
            if (CONSTANTS.contains(word)) {
                add(Kind.CONSTANT, word, column);
                return i;
            }
            boolean single = word.length() == 1 || GREEK.contains(word) || !word.chars().allMatch(ch -> ch < 128)
                    || CHUNK.matcher(word).matches();
            if (call && !single) {
                // a longer word before '(' is a function call, never a product of letters
                String suggestion = suggest(word);
                throw error("Unknown function '" + word + "'", column,
                        suggestion != null ? "did you mean '" + suggestion + "'?" : "known functions are " + knownFunctions());
            }
            for (String f : SUGGESTION_ORDER) {
                if (word.length() > f.length() && word.startsWith(f) && !GREEK.contains(word)) {
                    throw error("Unknown name '" + word + "'", column,
                            "did you mean '" + f + "(" + word.substring(f.length()) + ")'?");
                }
            }
            if (declared == null && single) {
                add(Kind.VARIABLE, word, column);
                seen.add(word);
                return i;
            }
            if (single) {
                throw error("Unknown variable '" + word + "'", column, (name == null ? "f" : name) + " declares "
                        + String.join(", ", declared) + "; add '" + word + "' to the declaration");
            }
            throw unknownName(word, column);
        }

        /**
         * A word that is neither a function, a constant nor a variable: never split into letters
         * (rate would be r·a·t·e, with e read as Euler's number), but say how to declare it and,
         * where the word splits into valid names, how to write the product.
         */
        private ExpressionSyntaxException unknownName(String word, int column) {
            String fname = name == null ? "f" : name;
            String body = text.substring(from, to).strip();
            List<String> names = new ArrayList<>();
            if (declared != null) {
                names.addAll(declared);
            }
            Matcher m = IDENTIFIER.matcher(body);
            while (m.find()) {
                String w = m.group();
                boolean exponent = m.start() > 0 && (Character.isDigit(body.charAt(m.start() - 1))
                        || body.charAt(m.start() - 1) == '.') && w.matches("[eE][0-9]*");
                if (!exponent && !isFunctionName(w) && !CONSTANTS.contains(w) && !names.contains(w)
                        && (w.equals(word) || !w.chars().allMatch(ch -> ch < 128) || GREEK.contains(w)
                            || CHUNK.matcher(w).matches() || declared != null)) {
                    names.add(w);
                }
            }
            if (!names.contains(word)) {
                names.add(word);
            }
            List<String> parts = declared != null ? splitDeclared(word) : chunks(word);
            String declare = fname + "(" + String.join(", ", names) + ") = " + body;
            String fix = declared == null
                    ? "declare it: " + declare + (parts != null ? ", or write " + String.join("*", parts) : "")
                    : fname + " declares " + String.join(", ", declared) + "; "
                            + (parts != null ? "write " + String.join("*", parts) + ", or " : "")
                            + "declare it too: " + declare;
            return error("Unknown name '" + word + "'", column, fix);
        }

        /**
         * Splits a word into declared variables and constants, longest first, for a hint only;
         * null if impossible. Dynamic programming, so {@code aaaa…ab} stays linear-ish.
         */
        private List<String> splitDeclared(String word) {
            int n = word.length();
            int[] next = new int[n + 1]; // next[i]: end of the longest name at i that leads to a full split
            boolean[] ok = new boolean[n + 1];
            ok[n] = true;
            for (int i = n - 1; i >= 0; i--) {
                for (int len = n - i; len > 0 && !ok[i]; len--) {
                    String head = word.substring(i, i + len);
                    if (ok[i + len] && (declared.contains(head) || CONSTANTS.contains(head))) {
                        ok[i] = true;
                        next[i] = i + len;
                    }
                }
            }
            if (!ok[0]) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < n; i = next[i]) {
                parts.add(word.substring(i, next[i]));
            }
            return parts;
        }

        private static List<String> chunks(String word) {
            if (!word.chars().allMatch(ch -> ch < 128)) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            Matcher m = CHUNK.matcher(word);
            int at = 0;
            while (at < word.length()) {
                m.region(at, word.length());
                if (!m.lookingAt()) {
                    return null;
                }
                parts.add(m.group());
                at = m.end();
            }
            return parts;
        }

        private char nextNonSpace(int i) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i < to ? text.charAt(i) : '\0';
        }

        // ------------------------------------------------------------ checking

        /** Checks the token sequence; returns the argument count of each function token, in order. */
        private List<Integer> check() {
            Deque<int[]> open = new ArrayDeque<>(); // {column, function token index or -1, commas}
            List<Integer> arities = new ArrayList<>();
            Map<Integer, Integer> arityIndex = new HashMap<>();
            boolean expectOperand = true;
            Tok previous = null;
            for (int k = 0; k < tokens.size(); k++) {
                Tok t = tokens.get(k);
                switch (t.kind()) {
                    case NUMBER:
                        if (!expectOperand && previous.kind() == Kind.NUMBER) {
                            throw error("Missing operator between '" + previous.text() + "' and '" + t.text() + "'",
                                    t.column(), "write " + previous.text() + "*" + t.text() + " to multiply");
                        }
                        expectOperand = false;
                        break;
                    case VARIABLE:
                    case CONSTANT:
                        expectOperand = false;
                        break;
                    case FUNCTION:
                        arityIndex.put(k, arities.size());
                        arities.add(0);
                        expectOperand = true;
                        break;
                    case OPEN:
                        if (open.size() >= MAX_NESTING) {
                            throw error("Parentheses nested more than " + MAX_NESTING + " deep", t.column(),
                                    "split the expression into several functions");
                        }
                        boolean isCall = previous != null && previous.kind() == Kind.FUNCTION;
                        open.push(new int[] {t.column(), isCall ? k - 1 : -1, 0});
                        if (k + 1 < tokens.size() && tokens.get(k + 1).kind() == Kind.CLOSE) {
                            throw error(isCall ? "Missing argument" : "Empty parentheses", tokens.get(k + 1).column(),
                                    isCall ? "write " + previous.text() + "(x)" : "put an expression inside ( )");
                        }
                        expectOperand = true;
                        break;
                    case CLOSE:
                        if (expectOperand) {
                            throw unexpected(t, previous);
                        }
                        if (open.isEmpty()) {
                            throw error("Unmatched ')'", t.column(), "remove it or add '(' before it");
                        }
                        int[] group = open.pop();
                        if (group[1] >= 0) {
                            Tok f = tokens.get(group[1]);
                            int count = group[2] + 1;
                            int[] allowed = arities(f.text());
                            boolean ok = false;
                            for (int a : allowed) {
                                ok |= a == count;
                            }
                            if (!ok) {
                                String expected = allowed.length == 1 ? String.valueOf(allowed[0])
                                        : allowed[0] + " or " + allowed[1];
                                throw error("Function '" + f.text() + "' takes " + expected + " argument"
                                        + (expected.equals("1") ? "" : "s") + " but got " + count, f.column(),
                                        usage(f.text()));
                            }
                            arities.set(arityIndex.get(group[1]), count);
                        }
                        expectOperand = false;
                        break;
                    case COMMA:
                        if (expectOperand) {
                            throw unexpected(t, previous);
                        }
                        if (open.isEmpty() || open.peek()[1] < 0) {
                            throw error("Unexpected ','", t.column(),
                                    "commas only separate function arguments, as in max(x, 0); write decimals with '.'");
                        }
                        open.peek()[2]++;
                        expectOperand = true;
                        break;
                    case OPERATOR:
                        if (t.text().equals("*") && previous != null && previous.text().equals("*")
                                && previous.kind() == Kind.OPERATOR && previous.column() == t.column() - 1) {
                            throw error("Unexpected '**'", previous.column(), "use ^ for powers, as in x^2");
                        }
                        boolean unary = t.text().equals("-") || t.text().equals("+");
                        if (expectOperand && !unary) {
                            throw unexpected(t, previous);
                        }
                        expectOperand = true;
                        break;
                    default:
                        throw new AssertionError(t);
                }
                previous = t;
            }
            if (expectOperand) {
                if (previous.kind() == Kind.COMMA) {
                    throw error("Missing argument after ','", previous.column(), "write the next argument");
                }
                throw error("Missing value after '" + previous.text() + "'", previous.column(),
                        "the expression ends with an operator");
            }
            if (!open.isEmpty()) {
                int[] first = open.getLast();
                throw error("Unclosed '('", first[0], "add ')'" + (open.size() > 1 ? " (" + open.size() + " are open)" : ""));
            }
            return arities;
        }

        private ExpressionSyntaxException unexpected(Tok t, Tok previous) {
            if (previous == null) {
                return error("Unexpected '" + t.text() + "' at the start", t.column(),
                        "an operator needs a value on each side");
            }
            if (previous.kind() == Kind.COMMA) {
                return error("Missing argument before '" + t.text() + "'", t.column(), "write the argument after ','");
            }
            if (t.kind() == Kind.COMMA && previous.kind() == Kind.OPEN) {
                return error("Missing argument before ','", t.column(), "write the argument after '('");
            }
            return error("Unexpected '" + t.text() + "' right after '" + previous.text() + "'", t.column(),
                    "an operator needs a value on each side");
        }

        private static String usage(String f) {
            switch (f) {
                case "log": return "write log(x) for the natural log or log(a, x) for base a";
                case "max": case "min": case "pow": return "write " + f + "(a, b)";
                default: return "write " + f + "(x)";
            }
        }

        // ------------------------------------------------------------ exp4j and the tree

        private Expr build(List<Integer> arities) {
            Map<String, Function> functions = new HashMap<>();
            Map<String, Object> meaning = new HashMap<>();
            Set<String> variableNames = new HashSet<>();
            StringBuilder rpnInput = new StringBuilder();
            int functionCount = 0;
            Tok previous = null;
            for (Tok t : tokens) {
                boolean operand = t.kind() == Kind.NUMBER || t.kind() == Kind.VARIABLE || t.kind() == Kind.CONSTANT
                        || t.kind() == Kind.FUNCTION || t.kind() == Kind.OPEN;
                boolean afterOperand = previous != null && (previous.kind() == Kind.NUMBER
                        || previous.kind() == Kind.VARIABLE || previous.kind() == Kind.CONSTANT
                        || previous.kind() == Kind.CLOSE);
                if (operand && afterOperand) {
                    rpnInput.append(" * ");
                }
                switch (t.kind()) {
                    case NUMBER:
                        rpnInput.append(' ').append(Double.toString(Double.parseDouble(t.text()))).append(' ');
                        break;
                    case VARIABLE:
                    case CONSTANT: {
                        String internal = "_v" + meaning.size();
                        Object value = t.kind() == Kind.CONSTANT
                                ? new Const(t.text().equals("e") ? Math.E : Math.PI) : new Var(t.text());
                        String existing = null;
                        for (Map.Entry<String, Object> entry : meaning.entrySet()) {
                            if (entry.getValue().equals(value)) {
                                existing = entry.getKey();
                            }
                        }
                        if (existing == null) {
                            meaning.put(internal, value);
                            variableNames.add(internal);
                            existing = internal;
                        }
                        rpnInput.append(' ').append(existing).append(' ');
                        break;
                    }
                    case FUNCTION: {
                        int arity = arities.get(functionCount++);
                        String internal = "_f_" + t.text() + "_" + arity;
                        functions.computeIfAbsent(internal, n -> new Function(n, arity) {
                            @Override
                            public double apply(double... args) {
                                throw new UnsupportedOperationException("parse only");
                            }
                        });
                        rpnInput.append(' ').append(internal).append(' ');
                        break;
                    }
                    default:
                        rpnInput.append(' ').append(t.text()).append(' ');
                }
                previous = t;
            }
            Token[] rpn;
            try {
                rpn = ShuntingYard.convertToRPN(rpnInput.toString(), functions, Map.<String, Operator>of(),
                        variableNames, false);
            } catch (RuntimeException e) {
                // the checks above should make this unreachable; keep exp4j's words out of the user's sight
                throw new ExpressionSyntaxException("Cannot read the expression (" + e.getClass().getSimpleName() + ")",
                        text, ExpressionSyntaxException.NO_COLUMN, "check the operators and parentheses");
            }
            Deque<Expr> stack = new ArrayDeque<>();
            Deque<Integer> depths = new ArrayDeque<>(); // tree depth of each stack entry
            Deque<Integer> nests = new ArrayDeque<>(); // functions, powers and quotients nested in each entry
            for (Token token : rpn) {
                int depth = 1;
                int nest = 0;
                if (token instanceof NumberToken n) {
                    stack.push(new Const(n.getValue()));
                } else if (token instanceof VariableToken v) {
                    stack.push((Expr) meaning.get(v.getName()));
                } else if (token instanceof OperatorToken o) {
                    Operator op = o.getOperator();
                    if (op.getNumOperands() == 1) {
                        Expr a = stack.pop();
                        depth = depths.pop() + 1;
                        nest = nests.pop();
                        stack.push(op.getSymbol().equals("-") ? new dev.diffkernel.calc.expr.Neg(a) : a);
                    } else {
                        Expr b = stack.pop();
                        Expr a = stack.pop();
                        depth = Math.max(depths.pop(), depths.pop()) + 1;
                        nest = Math.max(nests.pop(), nests.pop())
                                + (op.getSymbol().equals("^") || op.getSymbol().equals("/") ? 1 : 0);
                        stack.push(binary(op.getSymbol(), a, b));
                    }
                } else if (token instanceof FunctionToken f) {
                    int arity = f.getFunction().getNumArguments();
                    Expr[] args = new Expr[arity];
                    for (int k = arity - 1; k >= 0; k--) {
                        args[k] = stack.pop();
                        depth = Math.max(depth, depths.pop() + 1);
                        nest = Math.max(nest, nests.pop() + 1);
                    }
                    String fname = f.getFunction().getName();
                    stack.push(call(fname.substring(3, fname.lastIndexOf('_')), args));
                } else {
                    throw new AssertionError(token);
                }
                if (depth > MAX_DEPTH) {
                    throw new ExpressionSyntaxException("Expression too long: more than " + MAX_DEPTH
                            + " operations nested in one another", text, ExpressionSyntaxException.NO_COLUMN,
                            "split it into several functions");
                }
                if (nest > MAX_NESTED) {
                    throw error("Functions and powers nested more than " + MAX_NESTED + " deep", nestingColumn(),
                            "its derivative would be enormous; split it into several functions");
                }
                depths.push(depth);
                nests.push(nest);
            }
            if (stack.size() != 1) {
                throw new ExpressionSyntaxException("Cannot read the expression", text,
                        ExpressionSyntaxException.NO_COLUMN, "check the operators and parentheses");
            }
            return stack.pop();
        }

        /** Where nesting level MAX_NESTED + 1 starts, counted from the left (exact for e^e^…^x and sin(sin(…))). */
        private int nestingColumn() {
            int count = 0;
            for (Tok t : tokens) {
                if (t.kind() == Kind.FUNCTION || t.kind() == Kind.OPERATOR && (t.text().equals("^") || t.text().equals("/"))) {
                    if (++count == MAX_NESTED + 1) {
                        return t.column();
                    }
                }
            }
            return ExpressionSyntaxException.NO_COLUMN;
        }

        private static Expr binary(String symbol, Expr a, Expr b) {
            switch (symbol) {
                case "+": return new dev.diffkernel.calc.expr.Add(a, b);
                case "-": return new dev.diffkernel.calc.expr.Sub(a, b);
                case "*": return new dev.diffkernel.calc.expr.Mul(a, b);
                case "/": return new dev.diffkernel.calc.expr.Div(a, b);
                case "^": return power(a, b);
                default: throw new AssertionError(symbol);
            }
        }

        private static Expr power(Expr base, Expr exponent) {
            if (base instanceof Const c && c.value() == Math.E) {
                return Call.of(Func.EXP, exponent);
            }
            return new dev.diffkernel.calc.expr.Pow(base, exponent);
        }

        private static Expr call(String name, Expr[] args) {
            switch (name) {
                case "log":
                    return args.length == 1 ? Call.of(Func.LN, args[0]) : Call.of(Func.LOG, args[0], args[1]);
                case "log2": return Call.of(Func.LOG, new Const(2), args[0]);
                case "log10": case "lg": return Call.of(Func.LOG, new Const(10), args[0]);
                case "pow": return power(args[0], args[1]);
                case "signum": return Call.of(Func.SIGN, args[0]);
                case "arcsin": return Call.of(Func.ASIN, args[0]);
                case "arccos": return Call.of(Func.ACOS, args[0]);
                case "arctan": return Call.of(Func.ATAN, args[0]);
                case "heaviside": return Call.of(Func.STEP, args[0]);
                default:
                    Matcher logBase = LOG_BASE.matcher(name);
                    if (logBase.matches()) {
                        return Call.of(Func.LOG, new Const(Double.parseDouble(logBase.group(1))), args[0]);
                    }
                    for (Func f : Func.values()) {
                        if (f.symbol().equals(name)) {
                            return Call.of(f, args);
                        }
                    }
                    throw new AssertionError(name);
            }
        }
    }

    // ---------------------------------------------------------------- suggestions

    private static String knownFunctions() {
        return String.join(", ", SUGGESTION_ORDER.subList(0, SUGGESTION_ORDER.indexOf("min") + 1));
    }

    /** The closest known function name within edit distance 2, or null. */
    static String suggest(String word) {
        String best = null;
        int bestDistance = 3;
        for (String f : SUGGESTION_ORDER) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), f);
            if (d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
