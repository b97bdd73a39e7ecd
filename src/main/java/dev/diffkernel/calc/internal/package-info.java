/**
 * Internal: evaluation machinery for {@link dev.diffkernel.calc.Fn} (closure trees and generated
 * bytecode). Not part of the DSL; may change without notice.
 */
package dev.diffkernel.calc.internal;
