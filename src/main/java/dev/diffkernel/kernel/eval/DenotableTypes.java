package dev.diffkernel.kernel.eval;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Whether a type javac inferred for a {@code var} can be written in source as the type of a field
 * of another class, and how: the field that holds a variable a compiled cell declares
 * ({@link CompiledVariables}) needs its type spelled out.
 */
final class DenotableTypes {
    private DenotableTypes() {}

    /**
     * The type as Java source with every class name qualified, or null when it has a part that cannot
     * be written (an anonymous, local or intersection type, a type variable, a captured wildcard) or
     * is declared in {@code notebookPackage}: a class the notebook declared may be replaced by a later
     * cell, which JShell handles for the variables it holds itself.
     */
    static String source(TypeMirror type, String notebookPackage) {
        return writable(type, notebookPackage) ? type.toString() : null;
    }

    private static boolean writable(TypeMirror type, String notebookPackage) {
        return switch (type.getKind()) {
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> true;
            case ARRAY -> writable(((ArrayType) type).getComponentType(), notebookPackage);
            case WILDCARD -> bound(((WildcardType) type).getExtendsBound(), notebookPackage)
                    && bound(((WildcardType) type).getSuperBound(), notebookPackage);
            case DECLARED -> declared((DeclaredType) type, notebookPackage);
            default -> false; // intersection, union, type variable, null, error, void, none
        };
    }

    private static boolean bound(TypeMirror bound, String notebookPackage) {
        return bound == null || writable(bound, notebookPackage);
    }

    private static boolean declared(DeclaredType type, String notebookPackage) {
        if (!(type.asElement() instanceof TypeElement element) || type.toString().contains("capture#")) {
            return false;
        }
        for (Element at = element; at != null; at = at.getEnclosingElement()) {
            if (at instanceof TypeElement nested && nested.getNestingKind() != NestingKind.TOP_LEVEL
                    && nested.getNestingKind() != NestingKind.MEMBER) {
                return false; // anonymous or local: no name to write
            }
            if (at.getKind() == ElementKind.PACKAGE) {
                if (((PackageElement) at).getQualifiedName().contentEquals(notebookPackage)) {
                    return false;
                }
                break;
            }
        }
        TypeMirror enclosing = type.getEnclosingType();
        if (enclosing instanceof DeclaredType outer && !declared(outer, notebookPackage)) {
            return false;
        }
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        return arguments.stream().allMatch(argument -> writable(argument, notebookPackage));
    }
}
