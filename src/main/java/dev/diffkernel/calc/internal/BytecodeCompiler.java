package dev.diffkernel.calc.internal;

import dev.diffkernel.calc.expr.Add;
import dev.diffkernel.calc.expr.Call;
import dev.diffkernel.calc.expr.Const;
import dev.diffkernel.calc.expr.Div;
import dev.diffkernel.calc.expr.Expr;
import dev.diffkernel.calc.expr.Func;
import dev.diffkernel.calc.expr.Mul;
import dev.diffkernel.calc.expr.Neg;
import dev.diffkernel.calc.expr.Pow;
import dev.diffkernel.calc.expr.Sub;
import dev.diffkernel.calc.expr.Var;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Optional;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compiles an expression into a hidden class whose {@code eval(double[])} is straight-line JVM
 * bytecode ({@code dload}, {@code dmul}, {@code invokestatic Math.exp}, …), so the JIT compiles it
 * like a handwritten lambda. The operations and their order are exactly those of
 * {@link ClosureCompiler}, hence the same results to the last bit.
 *
 * <p>ASM's {@link ClassWriter} writes the class file and computes the stack depth; the code has no
 * branches, so no stack map frames are needed. The hidden class is unloaded when its evaluator is
 * no longer reachable.
 */
public final class BytecodeCompiler {
    /** Above this many bytes of code HotSpot would not JIT-compile the method (HugeMethodLimit). */
    static final int MAX_CODE = 8000;

    private static final String EVALUATOR = Evaluator.class.getName().replace('.', '/');
    private static final String SELF = BytecodeCompiler.class.getName().replace('.', '/');

    private BytecodeCompiler() {}

    /**
     * Compiles {@code e}; empty when the expression is too large for one JIT-compiled method or the
     * JVM refuses the class (then the closure tree stays in use).
     *
     * @param e the expression, never null
     * @param variables variable names by position
     * @return the evaluator, or empty
     */
    public static Optional<Evaluator> compile(Expr e, List<String> variables) {
        try {
            EvalWriter w = new EvalWriter(variables);
            w.emit(e);
            if (w.codeSize > MAX_CODE) {
                return Optional.empty();
            }
            byte[] bytes = w.classFile();
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
            return Optional.of((Evaluator) lookup.findConstructor(lookup.lookupClass(),
                    java.lang.invoke.MethodType.methodType(void.class)).invoke());
        } catch (RuntimeException | Error error) {
            if (error instanceof VirtualMachineError vm && !(vm instanceof StackOverflowError)) {
                throw vm;
            }
            return Optional.empty();
        } catch (Throwable t) {
            return Optional.empty();
        }
    }

    /** Writes one class with a constructor and {@code double eval(double[])}, through ASM's ClassWriter. */
    private static final class EvalWriter {
        private final List<String> variables;
        private final ClassWriter classWriter = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        private final MethodVisitor code;
        /** Bytes of bytecode emitted so far, to stay below {@link #MAX_CODE}. */
        int codeSize;

        EvalWriter(List<String> variables) {
            this.variables = variables;
            classWriter.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, SELF + "$Compiled",
                    null, "java/lang/Object", new String[] {EVALUATOR});
            MethodVisitor init = classWriter.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
            init.visitCode();
            init.visitVarInsn(Opcodes.ALOAD, 0);
            init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            init.visitInsn(Opcodes.RETURN);
            init.visitMaxs(0, 0); // computed
            init.visitEnd();
            code = classWriter.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "eval", "([D)D", null, null);
            code.visitCode();
        }

        void emit(Expr e) {
            if (e instanceof Const c) {
                double v = c.value();
                if (Double.doubleToRawLongBits(v) == 0L) {
                    insn(Opcodes.DCONST_0);
                } else if (v == 1.0) {
                    insn(Opcodes.DCONST_1);
                } else {
                    code.visitLdcInsn(v); // ldc2_w
                    codeSize += 3;
                }
            } else if (e instanceof Var x) {
                int i = variables.indexOf(x.name());
                if (i < 0) {
                    throw new IllegalArgumentException("variable '" + x.name() + "' is not among " + variables);
                }
                code.visitVarInsn(Opcodes.ALOAD, 1);
                codeSize += 1;
                if (i <= 5) {
                    insn(Opcodes.ICONST_0 + i);
                } else if (i <= 127) {
                    code.visitIntInsn(Opcodes.BIPUSH, i);
                    codeSize += 2;
                } else {
                    code.visitIntInsn(Opcodes.SIPUSH, i);
                    codeSize += 3;
                }
                insn(Opcodes.DALOAD);
            } else if (e instanceof Neg n) {
                emit(n.operand());
                insn(Opcodes.DNEG);
            } else if (e instanceof Add a) {
                binary(a.left(), a.right(), Opcodes.DADD);
            } else if (e instanceof Sub s) {
                binary(s.left(), s.right(), Opcodes.DSUB);
            } else if (e instanceof Mul m) {
                binary(m.left(), m.right(), Opcodes.DMUL);
            } else if (e instanceof Div d) {
                binary(d.left(), d.right(), Opcodes.DDIV);
            } else if (e instanceof Pow p) {
                emit(p.base());
                if (p.exponent() instanceof Const k && k.value() == 2) {
                    insn(Opcodes.DUP2);
                    insn(Opcodes.DMUL); // x * x, exactly Math.pow(x, 2)
                } else {
                    emit(p.exponent());
                    invoke("java/lang/Math", "pow", 2);
                }
            } else if (e instanceof Call c) {
                for (Expr arg : c.args()) {
                    emit(arg);
                }
                Func f = c.func();
                invoke(f.implOwner().getName().replace('.', '/'), f.implName(), f.arity());
            } else {
                throw new AssertionError(e);
            }
        }

        private void insn(int opcode) {
            code.visitInsn(opcode);
            codeSize += 1;
        }

        private void binary(Expr left, Expr right, int opcode) {
            emit(left);
            emit(right);
            insn(opcode);
        }

        private void invoke(String owner, String name, int doubles) {
            code.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, doubles == 1 ? "(D)D" : "(DD)D", false);
            codeSize += 3;
        }

        /** The class file; no branches, so no stack map frames are needed. */
        byte[] classFile() {
            insn(Opcodes.DRETURN);
            code.visitMaxs(0, 0); // computed by COMPUTE_MAXS
            code.visitEnd();
            classWriter.visitEnd();
            return classWriter.toByteArray();
        }
    }
}
