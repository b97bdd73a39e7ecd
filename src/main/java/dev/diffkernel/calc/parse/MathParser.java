package dev.diffkernel.calc.parse;

import dev.diffkernel.calc.Expr;
import dev.diffkernel.calc.ExpressionSyntaxException;
import dev.diffkernel.calc.MathFunction;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.shuntingyard.ShuntingYard;
import net.objecthunter.exp4j.tokenizer.FunctionToken;
import net.objecthunter.exp4j.tokenizer.NumberToken;
import net.objecthunter.exp4j.tokenizer.OperatorToken;
import net.objecthunter.exp4j.tokenizer.Token;
import net.objecthunter.exp4j.tokenizer.UnknownFunctionOrVariableException;
import net.objecthunter.exp4j.tokenizer.VariableToken;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads math text such as {@code f(x) = 0.01*x^2 + 0.1*x}, {@code 2x + 3x*y + y^3} or
 * {@code e^(3x^2)}: an optional declaration {@code name(variables) =}, then an expression with
 * implicit multiplication ({@code 2x}), the lectures' functions ({@code ln}, {@code sigmoid},
 * {@code log_2(x)}, …) and the constants {@code e} and {@code pi}/{@code π}.
 */
public final class MathParser {
    private static final Pattern DECLARATION =
            Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*(?:\\(\\s*([A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)*)?\\s*\\))?\\s*=(?!=)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_π][A-Za-z_0-9]*");
    private static final Pattern LOG_BASE = Pattern.compile("log_(\\d+(?:\\.\\d+)?|[A-Za-z])\\s*\\(");
    private static final Set<String> CONSTANTS = Set.of("e", "pi", "π");
    private static final Map<String, Function> FUNCTIONS = exp4jFunctions();

    private MathParser() {}

    /**
     * What was read: the declared name and variables (null when not declared) and the expression.
     */
    public record Parsed(String name, List<String> declaredVariables, Expr expr) {}

    /**
     * Reads math text.
     *
     * @throws ExpressionSyntaxException naming the problem, its column and a fix
     */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionSyntaxException("Empty expression", text == null ? "" : text, ExpressionSyntaxException.NO_COLUMN,
                    "write a formula such as \"x^2 + 1\"");
        }
        // Symbols people paste from the notes mean the ASCII operators; one character for one, so columns stay.
        String normalized = text.replace('·', '*').replace('×', '*').replace('−', '-').replace('²', '2');
        String name = null;
        List<String> declared = null;
        int bodyStart = 0;
        Matcher declaration = DECLARATION.matcher(normalized);
        if (declaration.find()) {
            name = declaration.group(1);
            if (declaration.group(2) != null) {
                declared = Arrays.stream(declaration.group(2).split(",")).map(String::strip).toList();
                if (new LinkedHashSet<>(declared).size() != declared.size()) {
                    throw new ExpressionSyntaxException("Variable declared twice in " + name + "(" + declaration.group(2) + ")",
                            text, declaration.start(2) + 1, "name each variable once");
                }
            }
            bodyStart = declaration.end();
        }
        String body = normalized.substring(bodyStart);
        if (body.isBlank()) {
            throw new ExpressionSyntaxException("Nothing after '='", text, normalized.length(), "write the formula after '='");
        }
        Source source = new Source(text, body, bodyStart);
        checkParentheses(source);
        checkOperators(source);
        source = rewriteLogBases(source);
        Set<String> variables = identifiers(source, declared);
        Expr expr = toTree(source, variables);
        return new Parsed(name, declared, expr);
    }

    /** The body being parsed and how to map its offsets back to columns of the user's text. */
    private record Source(String original, String body, int offset, int[] toOriginal) {
        Source(String original, String body, int offset) {
            this(original, body, offset, null);
        }

        int column(int bodyIndex) {
            int index = Math.max(0, Math.min(bodyIndex, body.length()));
            int mapped = toOriginal == null ? index : toOriginal[Math.min(index, toOriginal.length - 1)];
            return offset + mapped + 1;
        }

        ExpressionSyntaxException error(String problem, int bodyIndex, String hint) {
            return new ExpressionSyntaxException(problem, original, column(bodyIndex), hint);
        }
    }

    private static void checkParentheses(Source source) {
        Deque<Integer> open = new ArrayDeque<>();
        String body = source.body();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                open.push(i);
            } else if (c == ')') {
                if (open.isEmpty()) {
                    throw source.error("Unmatched ')'", i, "remove it or add a '(' before it");
                }
                int start = open.pop();
                if (body.substring(start + 1, i).isBlank() && !precededByName(body, start)) {
                    throw source.error("Empty parentheses '()'", start, "put an expression inside");
                }
            }
        }
        if (!open.isEmpty()) {
            throw source.error("Unclosed '('", open.getLast() == null ? 0 : open.peek(), "add a ')' to close it");
        }
    }

    private static boolean precededByName(String body, int index) {
        int i = index - 1;
        while (i >= 0 && body.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.isLetterOrDigit(body.charAt(i));
    }

    private static boolean isBinary(char c) {
        return c == '*' || c == '/' || c == '^' || c == '%';
    }

    /** Catches the typos exp4j reports badly or not at all: {@code 2x +* y}, {@code x +}, {@code * x}. */
    private static void checkOperators(Source source) {
        String body = source.body();
        char previous = '(';
        int previousIndex = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            boolean afterOperand = !(previous == '(' || previous == ',' || previous == '+' || previous == '-' || isBinary(previous));
            if (isBinary(c) && !afterOperand) {
                String what = previousIndex < 0 ? "at the start" : "right after '" + previous + "'";
                throw source.error("Unexpected '" + c + "' " + what, i, "an operator needs a value on each side");
            }
            if ((c == ')' || c == ',') && (previous == '+' || previous == '-' || isBinary(previous))) {
                throw source.error("Missing value after '" + previous + "'", i, "an operator needs a value on each side");
            }
            if (c == ',' && previous == '(') {
                throw source.error("Missing value before ','", i, "write both arguments, e.g. max(x, 0)");
            }
            if (!Character.isLetterOrDigit(c) && "+-*/^%(),._π".indexOf(c) < 0) {
                throw source.error("Unexpected character '" + c + "'", i, "use + - * / ^ and parentheses");
            }
            previous = c;
            previousIndex = i;
        }
        if (previous == '+' || previous == '-' || isBinary(previous)) {
            throw source.error("Missing value after '" + previous + "'", previousIndex, "the expression ends with an operator");
        }
    }

    /** {@code log_2(x)} becomes {@code logb(2, x)}, keeping a map back to the user's columns. */
    private static Source rewriteLogBases(Source source) {
        Matcher matcher = LOG_BASE.matcher(source.body());
        if (!matcher.find()) {
            return source;
        }
        StringBuilder rewritten = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        int copied = 0;
        matcher.reset();
        while (matcher.find()) {
            for (int i = copied; i < matcher.start(); i++) {
                rewritten.append(source.body().charAt(i));
                map.add(i);
            }
            String replacement = "logb(" + matcher.group(1) + ", ";
            for (int i = 0; i < replacement.length(); i++) {
                map.add(matcher.start());
            }
            rewritten.append(replacement);
            copied = matcher.end();
        }
        for (int i = copied; i <= source.body().length(); i++) {
            if (i < source.body().length()) {
                rewritten.append(source.body().charAt(i));
            }
            map.add(i);
        }
        return new Source(source.original(), rewritten.toString(), source.offset(),
                map.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Sorts the names in the text into functions, constants and variables, or fails on unknown ones. */
    private static Set<String> identifiers(Source source, List<String> declared) {
        Set<String> variables = new LinkedHashSet<>(CONSTANTS);
        Matcher matcher = IDENTIFIER.matcher(source.body());
        String body = source.body();
        while (matcher.find()) {
            if (matcher.start() > 0 && (Character.isDigit(body.charAt(matcher.start() - 1)) || body.charAt(matcher.start() - 1) == '.')
                    && isExponent(body, matcher)) {
                continue; // the "e5" of 2e5 is part of a number
            }
            String name = matcher.group();
            int next = matcher.end();
            while (next < body.length() && body.charAt(next) == ' ') {
                next++;
            }
            boolean called = next < body.length() && body.charAt(next) == '(';
            if (called && FUNCTIONS.containsKey(name)) {
                continue;
            }
            if (called && (declared == null || !declared.contains(name))) {
                throw source.error("Unknown function '" + name + "'", matcher.start(), suggestion(name, FUNCTIONS.keySet()));
            }
            if (CONSTANTS.contains(name)) {
                continue;
            }
            if (FUNCTIONS.containsKey(name)) {
                throw source.error("Function '" + name + "' needs parentheses", matcher.start(), "write " + name + "(x)");
            }
            if (declared != null && !declared.contains(name)) {
                throw source.error("Unknown variable '" + name + "'", matcher.start(),
                        "the function declares " + String.join(", ", declared) + suggestionSuffix(name, declared));
            }
            variables.add(name);
        }
        if (declared != null) {
            variables.addAll(declared);
        }
        return variables;
    }

    private static boolean isExponent(String body, Matcher matcher) {
        return matcher.group().matches("[eE]\\d*") && matcher.group().length() > 1;
    }

    private static String suggestionSuffix(String name, List<String> known) {
        String suggestion = suggestion(name, known);
        return suggestion.isEmpty() ? "" : "; " + suggestion;
    }

    /** "did you mean 'ln'?" for the closest known name, if one is close. */
    static String suggestion(String name, java.util.Collection<String> known) {
        return known.stream()
                .filter(candidate -> !candidate.equals("logb"))
                .min(Comparator.comparingInt(candidate -> distance(name, candidate)))
                .filter(candidate -> distance(name, candidate) <= Math.max(1, name.length() / 2))
                .map(candidate -> "did you mean '" + candidate + "'?")
                .orElse(name.equals("log_") ? "write the base after log_, e.g. log_2(x)" : "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** exp4j's shunting-yard turns the text into RPN; we build our tree from it. */
    private static Expr toTree(Source source, Set<String> variables) {
        Token[] rpn;
        try {
            rpn = ShuntingYard.convertToRPN(source.body(), FUNCTIONS, Map.of(), variables, true);
        } catch (UnknownFunctionOrVariableException e) {
            throw source.error("Unknown name '" + e.getToken() + "'", e.getPosition(), suggestion(e.getToken(), FUNCTIONS.keySet()));
        } catch (RuntimeException e) {
            // exp4j's own messages carry no position; ours say what was expected.
            throw new ExpressionSyntaxException("Cannot read the expression (" + String.valueOf(e.getMessage()) + ")",
                    source.original(), ExpressionSyntaxException.NO_COLUMN, "check the operators and parentheses");
        }
        Deque<Expr> stack = new ArrayDeque<>();
        for (Token token : rpn) {
            if (token instanceof NumberToken number) {
                stack.push(new Expr.Const(number.getValue()));
            } else if (token instanceof VariableToken variable) {
                stack.push(variable(variable.getName()));
            } else if (token instanceof OperatorToken operator) {
                String symbol = operator.getOperator().getSymbol();
                int operands = operator.getOperator().getNumOperands();
                if (stack.size() < operands) {
                    throw new ExpressionSyntaxException("Operator '" + symbol + "' lacks a value", source.original(),
                            ExpressionSyntaxException.NO_COLUMN, "an operator needs a value on each side");
                }
                if (operands == 1) {
                    Expr operand = stack.pop();
                    stack.push(symbol.equals("-") ? new Expr.Neg(operand) : operand);
                    continue;
                }
                Expr right = stack.pop();
                Expr left = stack.pop();
                stack.push(switch (symbol) {
                    case "+" -> new Expr.Add(left, right);
                    case "-" -> new Expr.Sub(left, right);
                    case "*" -> new Expr.Mul(left, right);
                    case "/" -> new Expr.Div(left, right);
                    case "^" -> new Expr.Pow(left, right);
                    default -> throw new ExpressionSyntaxException("Operator '" + symbol + "' is not supported",
                            source.original(), ExpressionSyntaxException.NO_COLUMN, "use + - * / ^");
                });
            } else if (token instanceof FunctionToken call) {
                MathFunction function = MathFunction.named(call.getFunction().getName()).orElseThrow();
                if (stack.size() < function.arity()) {
                    throw new ExpressionSyntaxException(function.displayName() + " expects " + function.arity()
                            + " arguments", source.original(), ExpressionSyntaxException.NO_COLUMN, "");
                }
                Expr[] args = new Expr[function.arity()];
                for (int i = args.length - 1; i >= 0; i--) {
                    args[i] = stack.pop();
                }
                stack.push(new Expr.Call(function, List.of(args)));
            }
        }
        if (stack.size() != 1) {
            throw new ExpressionSyntaxException(stack.isEmpty() ? "No value in the expression" : "Values without an operator between them",
                    source.original(), ExpressionSyntaxException.NO_COLUMN, "join them with an operator, e.g. x * y");
        }
        return stack.pop();
    }

    private static Expr variable(String name) {
        return switch (name) {
            case "e" -> new Expr.Const(Math.E, "e");
            case "pi", "π" -> new Expr.Const(Math.PI, "π");
            default -> new Expr.Var(name);
        };
    }

    /** Our functions as exp4j sees them: names and arities (exp4j never evaluates them). */
    private static Map<String, Function> exp4jFunctions() {
        Map<String, Function> functions = new HashMap<>();
        for (MathFunction f : MathFunction.values()) {
            functions.put(f.displayName(), new Function(f.displayName(), f.arity()) {
                @Override
                public double apply(double... args) {
                    return f.apply(args[0], args.length > 1 ? args[1] : 0);
                }
            });
        }
        return Map.copyOf(functions);
    }
}
