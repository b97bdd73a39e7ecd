# Sourced by the bench scripts: builds the jar, installs the kernelspec into target/bench-jupyter
# (with its CDS archive, as install.sh records it) and points JUPYTER_PATH there.
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

say "Building (mvn -B -q -DskipTests package)"
mvn -B -q -DskipTests package >&2
say "Installing the kernelspec into target/bench-jupyter"
./install.sh --no-build --prefix target/bench-jupyter >&2

# Absolute: the kernelspec's {resource_dir} is resolved from it.
export JUPYTER_PATH="$root/target/bench-jupyter/share/jupyter"
export PYTHONWARNINGS=ignore
