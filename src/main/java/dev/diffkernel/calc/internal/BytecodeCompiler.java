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
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles an expression into a hidden class whose {@code eval(double[])} is straight-line JVM
 * bytecode ({@code dload}, {@code dmul}, {@code invokestatic Math.exp}, …), so the JIT compiles it
 * like a handwritten lambda. The operations and their order are exactly those of
 * {@link ClosureCompiler}, hence the same results to the last bit.
 *
 * <p>The class file is written by hand: no branches means no stack map frames are needed. The
 * hidden class is unloaded when its evaluator is no longer reachable.
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
            ClassWriter w = new ClassWriter(variables);
            w.emit(e);
            if (w.code.size() > MAX_CODE) {
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

    /** A minimal class-file writer for one class with a constructor and {@code double eval(double[])}. */
    private static final class ClassWriter {
        private final List<String> variables;
        private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
        private final DataOutputStream poolOut = new DataOutputStream(pool);
        private final Map<String, Integer> poolIndex = new HashMap<>();
        private int poolCount = 1;
        final ByteArrayOutputStream code = new ByteArrayOutputStream();
        private int stack;
        private int maxStack;

        ClassWriter(List<String> variables) {
            this.variables = variables;
        }

        // ------------------------------------------------------------ constant pool

        private int constant(String key, IoAction write, int slots) {
            Integer index = poolIndex.get(key);
            if (index != null) {
                return index;
            }
            try {
                write.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int at = poolCount;
            poolCount += slots;
            poolIndex.put(key, at);
            return at;
        }

        private interface IoAction {
            void run() throws IOException;
        }

        private int utf8(String s) {
            return constant("U" + s, () -> {
                poolOut.writeByte(1);
                poolOut.writeUTF(s);
            }, 1);
        }

        private int classRef(String internalName) {
            int name = utf8(internalName);
            return constant("C" + internalName, () -> {
                poolOut.writeByte(7);
                poolOut.writeShort(name);
            }, 1);
        }

        private int nameAndType(String name, String descriptor) {
            int n = utf8(name);
            int d = utf8(descriptor);
            return constant("N" + name + ":" + descriptor, () -> {
                poolOut.writeByte(12);
                poolOut.writeShort(n);
                poolOut.writeShort(d);
            }, 1);
        }

        private int methodRef(String owner, String name, String descriptor) {
            int c = classRef(owner);
            int nt = nameAndType(name, descriptor);
            return constant("M" + owner + "." + name + descriptor, () -> {
                poolOut.writeByte(10);
                poolOut.writeShort(c);
                poolOut.writeShort(nt);
            }, 1);
        }

        private int doubleConstant(double v) {
            long bits = Double.doubleToRawLongBits(v);
            return constant("D" + bits, () -> {
                poolOut.writeByte(6);
                poolOut.writeLong(bits);
            }, 2);
        }

        // ------------------------------------------------------------ code

        private void op(int opcode, int stackChange) {
            code.write(opcode);
            stack += stackChange;
            maxStack = Math.max(maxStack, stack);
        }

        private void u2(int v) {
            code.write(v >>> 8);
            code.write(v & 0xFF);
        }

        void emit(Expr e) {
            if (e instanceof Const c) {
                double v = c.value();
                if (Double.doubleToRawLongBits(v) == 0L) {
                    op(0x0E, 2); // dconst_0
                } else if (v == 1.0) {
                    op(0x0F, 2); // dconst_1
                } else {
                    op(0x14, 2); // ldc2_w
                    u2(doubleConstant(v));
                }
            } else if (e instanceof Var x) {
                int i = variables.indexOf(x.name());
                if (i < 0) {
                    throw new IllegalArgumentException("variable '" + x.name() + "' is not among " + variables);
                }
                op(0x2B, 1); // aload_1
                if (i <= 5) {
                    op(0x03 + i, 1); // iconst_i
                } else if (i <= 127) {
                    op(0x10, 1); // bipush
                    code.write(i);
                } else {
                    op(0x11, 1); // sipush
                    u2(i);
                }
                op(0x31, 0); // daload: (ref, int) -> double, 2 slots in, 2 out
            } else if (e instanceof Neg n) {
                emit(n.operand());
                op(0x77, 0); // dneg
            } else if (e instanceof Add a) {
                binary(a.left(), a.right(), 0x63); // dadd
            } else if (e instanceof Sub s) {
                binary(s.left(), s.right(), 0x67); // dsub
            } else if (e instanceof Mul m) {
                binary(m.left(), m.right(), 0x6B); // dmul
            } else if (e instanceof Div d) {
                binary(d.left(), d.right(), 0x6F); // ddiv
            } else if (e instanceof Pow p) {
                emit(p.base());
                if (p.exponent() instanceof Const k && k.value() == 2) {
                    op(0x5C, 2); // dup2
                    op(0x6B, -2); // dmul: x * x, exactly Math.pow(x, 2)
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

        private void binary(Expr left, Expr right, int opcode) {
            emit(left);
            emit(right);
            op(opcode, -2);
        }

        private void invoke(String owner, String name, int doubles) {
            String descriptor = doubles == 1 ? "(D)D" : "(DD)D";
            op(0xB8, 2 - 2 * doubles); // invokestatic
            u2(methodRef(owner, name, descriptor));
        }

        // ------------------------------------------------------------ the class file

        byte[] classFile() throws IOException {
            int thisClass = classRef(SELF + "$Compiled");
            int superClass = classRef("java/lang/Object");
            int iface = classRef(EVALUATOR);
            int init = utf8("<init>");
            int voidDesc = utf8("()V");
            int objectInit = methodRef("java/lang/Object", "<init>", "()V");
            int eval = utf8("eval");
            int evalDesc = utf8("([D)D");
            int codeAttr = utf8("Code");
            poolOut.flush();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(out);
            d.writeInt(0xCAFEBABE);
            d.writeShort(0);
            d.writeShort(61); // Java 17
            d.writeShort(poolCount);
            d.write(pool.toByteArray());
            d.writeShort(0x0001 | 0x0010 | 0x0020); // public final super
            d.writeShort(thisClass);
            d.writeShort(superClass);
            d.writeShort(1);
            d.writeShort(iface);
            d.writeShort(0); // fields
            d.writeShort(2); // methods

            // public <init>() { super(); }
            d.writeShort(0x0001);
            d.writeShort(init);
            d.writeShort(voidDesc);
            d.writeShort(1);
            d.writeShort(codeAttr);
            byte[] initCode = {0x2A, (byte) 0xB7, (byte) (objectInit >>> 8), (byte) objectInit, (byte) 0xB1};
            d.writeInt(12 + initCode.length);
            d.writeShort(1); // max stack
            d.writeShort(1); // max locals
            d.writeInt(initCode.length);
            d.write(initCode);
            d.writeShort(0); // exception table
            d.writeShort(0); // attributes

            // public double eval(double[] v) { return <expression>; }
            code.write(0xAF); // dreturn
            byte[] evalCode = code.toByteArray();
            d.writeShort(0x0001 | 0x0010);
            d.writeShort(eval);
            d.writeShort(evalDesc);
            d.writeShort(1);
            d.writeShort(codeAttr);
            d.writeInt(12 + evalCode.length);
            d.writeShort(Math.max(maxStack, 2));
            d.writeShort(2); // this, v
            d.writeInt(evalCode.length);
            d.write(evalCode);
            d.writeShort(0);
            d.writeShort(0);

            d.writeShort(0); // class attributes
            d.flush();
            return out.toByteArray();
        }
    }
}
