package dev.diffkernel.kernel.eval;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a snippet class so that its calls to {@code System.exit}, {@code Runtime.exit} and
 * {@code Runtime.halt} (direct calls and method references) go to {@link ExitRefusal} instead.
 * This works on every JDK, unlike a SecurityManager, which JDK 24 removed. It covers the code
 * cells declare, not libraries they call, and not calls made through reflection.
 */
final class ExitCallRewriter {
    private static final String REFUSAL = Type.getInternalName(ExitRefusal.class);
    private static final int API = Opcodes.ASM9;

    private ExitCallRewriter() {}

    /**
     * @return the rewritten class file, or {@code classFile} itself when it calls none of them
     * @throws IllegalArgumentException if ASM cannot read the class file (e.g. a newer format)
     */
    static byte[] rewrite(byte[] classFile) {
        if (!contains(classFile, EXIT) && !contains(classFile, HALT)) {
            return classFile; // the method names are not in its constant pool: nothing to rewrite, no need to parse
        }
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] changed = {false};
        reader.accept(new ClassVisitor(API, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                return new MethodVisitor(API, next) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                        String target = replacement(owner, method, desc);
                        if (target == null) {
                            super.visitMethodInsn(opcode, owner, method, desc, itf);
                            return;
                        }
                        changed[0] = true;
                        // Runtime's instance methods become static ones taking the Runtime first:
                        // the operand stack is the same.
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, REFUSAL, target, refusalDescriptor(owner), false);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... args) {
                        for (int i = 0; i < args.length; i++) {
                            if (args[i] instanceof Handle handle) {
                                String target = replacement(handle.getOwner(), handle.getName(), handle.getDesc());
                                if (target != null) {
                                    changed[0] = true;
                                    args[i] = new Handle(Opcodes.H_INVOKESTATIC, REFUSAL, target,
                                            refusalDescriptor(handle.getOwner()), false);
                                }
                            }
                        }
                        super.visitInvokeDynamicInsn(name, desc, bootstrap, args);
                    }
                };
            }
        }, 0);
        return changed[0] ? writer.toByteArray() : classFile;
    }

    private static final byte[] EXIT = "exit".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] HALT = "halt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Whether {@code bytes} holds {@code part} anywhere (a constant pool's UTF-8 names are plain bytes). */
    static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The ExitRefusal method standing in for {@code owner.method}, or null to keep the call. */
    private static String replacement(String owner, String method, String descriptor) {
        if (!descriptor.equals("(I)V")) {
            return null;
        }
        if (owner.equals("java/lang/System") && method.equals("exit")) {
            return "exit";
        }
        if (owner.equals("java/lang/Runtime") && (method.equals("exit") || method.equals("halt"))) {
            return method;
        }
        return null;
    }

    private static String refusalDescriptor(String owner) {
        return owner.equals("java/lang/Runtime") ? "(Ljava/lang/Runtime;I)V" : "(I)V";
    }
}
