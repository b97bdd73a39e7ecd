#!/usr/bin/env bash
# DiffKernel set-up, safe to run again: installs what is missing (Jupyter from the OS packages),
# builds the kernel jar, and registers the "diffkernel" kernelspec. A second run changes nothing.
#
#   ./install.sh                 install for this user
#   ./install.sh --all-users     install the kernelspec system-wide (a classroom JupyterHub finds it)
#   ./install.sh --prefix DIR    install the kernelspec under DIR/share/jupyter (use JUPYTER_PATH=DIR/share/jupyter)
#   ./install.sh --test-tools    also install what the tests and bench/ use (jupyter_kernel_test, ipykernel, numpy,
#                                matplotlib, sympy, chromium, and a Korean font so screenshots show the lectures' text)
#   ./install.sh --no-build      use target/diffkernel.jar as it is
#   ./install.sh --run           then execute every notebook in notebooks/ and write HTML to target/notebooks/
#   ./install.sh --full-jit      let the JVM's optimising compiler (C2) run too: long numeric cells run up to
#                                ~20% faster, but the kernel starts slower (see bench/README.md)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

scope=(--user)
test_tools=false
build=true
run=false
full_jit=false
while [ $# -gt 0 ]; do
  case "$1" in
    --all-users) scope=(--sys-prefix); [ "$(id -u)" = 0 ] && scope=(--prefix /usr/local) ;;
    --prefix) shift; [ $# -gt 0 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }
              mkdir -p "$1"; scope=(--prefix "$(cd "$1" && pwd)") ;;
    --test-tools) test_tools=true ;;
    --no-build) build=false ;;
    --run) run=true ;;
    --full-jit) full_jit=true ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (see ./install.sh --help)" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# --- OS packages -------------------------------------------------------------------------------
apt_updated=false
apt_install() {  # installs the Debian packages among "$@" that are not installed yet
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "install.sh: please install these packages with your OS package manager: ${missing[*]}" >&2; exit 1
  fi
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  say "Installing ${missing[*]}"
  if [ "$apt_updated" = false ]; then "${sudo[@]}" apt-get update -qq; apt_updated=true; fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }

java_bin="$(command -v java || true)"
if [ -z "$java_bin" ] || [ "$(java_major "$java_bin")" -lt 17 ] 2>/dev/null; then
  if command -v apt-get >/dev/null; then
    apt_install openjdk-17-jdk-headless
    java_bin="$(command -v java)"
  else
    echo "install.sh: DiffKernel needs Java 17 or newer (found: ${java_bin:-none}). Install a JDK 17+ and run again." >&2
    exit 1
  fi
fi
java_bin="$(readlink -f "$java_bin")"
if [ "$build" = true ] && ! command -v mvn >/dev/null; then
  command -v apt-get >/dev/null || { echo "install.sh: Maven is missing; install Maven 3.8+ and run again." >&2; exit 1; }
  apt_install maven
fi

jupyter_packages=(jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client jupyter-console)
if [ "$test_tools" = true ]; then
  jupyter_packages+=(python3-jupyter-kernel-test python3-ipykernel python3-numpy python3-matplotlib python3-sympy
                     chromium chromium-driver fonts-nanum)
fi
if command -v dpkg-query >/dev/null; then
  apt_install "${jupyter_packages[@]}"
elif ! command -v jupyter >/dev/null; then
  echo "install.sh: Jupyter is missing; install Jupyter Notebook, nbconvert, nbclient and jupyter-console." >&2
  exit 1
fi
jupyter=/usr/bin/jupyter
[ -x "$jupyter" ] || jupyter="$(command -v jupyter)"

# --- build -------------------------------------------------------------------------------------
jar=target/diffkernel.jar
if [ "$build" = true ]; then
  if [ -f "$jar" ] && [ -z "$(find pom.xml src kernel -newer "$jar" -type f 2>/dev/null | head -n1)" ]; then
    say "Kernel jar is up to date"
  else
    say "Building the kernel (mvn package)"
    mvn -B -q -DskipTests package
  fi
fi
[ -f "$jar" ] || { echo "install.sh: $jar is missing; run without --no-build" >&2; exit 1; }

# --- kernelspec --------------------------------------------------------------------------------
# The jar installs itself (java -jar diffkernel.jar install --help): kernel.json naming this JVM, the
# jar copied in, and a class-data-sharing archive recorded by the kernel's warm-up. An identical
# kernelspec already in place is left as it is.
install_options=("${scope[@]}" --replace)
if [ "$full_jit" = true ]; then install_options+=(--full-jit); fi
say "Registering the kernelspec 'diffkernel'"
PATH="$(dirname "$jupyter"):$PATH" "$java_bin" -jar "$jar" install "${install_options[@]}"

# --- run the notebooks -------------------------------------------------------------------------
if [ "$run" = true ]; then
  mkdir -p target/notebooks
  for nb in notebooks/*.ipynb; do
    [ -e "$nb" ] || continue
    say "Executing $nb"
    "$jupyter" nbconvert --to html --execute --ExecutePreprocessor.timeout=600 \
      --output-dir target/notebooks "$nb" >/dev/null
  done
  say "Executed notebooks are in target/notebooks/. To work in them: $jupyter notebook notebooks/"
fi
