#!/usr/bin/env bash
# Builds Retort's native packages with jpackage: a jlinked runtime (the JDK modules Retort uses plus
# JavaFX) and the jar with its other libraries.
#
#   packaging/build.sh app-image   # target/jpackage/retort (run target/jpackage/retort/bin/retort)
#   packaging/build.sh deb         # target/jpackage/retort_<version>_amd64.deb
#
# Needs a JDK 17 with jmods and jpackage (Debian: openjdk-17-jdk-headless), and for deb: fakeroot,
# dpkg-deb. Windows (.msi) and macOS (.dmg) are described in packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-app-image}"
JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
platform=linux

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
version="${version%-SNAPSHOT}"

if [ ! -f target/retort.jar ] || [ "${REBUILD:-1}" = 1 ]; then
  mvn -q -B package -DskipTests
fi

work=target/jpackage
rm -rf "$work/input" "$work/runtime" "$work/retort"
mkdir -p "$work/input/lib"
cp target/retort.jar "$work/input/"
# JavaFX goes into the runtime as modules, everything else stays on the class path
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$work/input/lib/" ;; esac
done

javafx_jars=$(ls target/lib/javafx-*-"$platform".jar | tr '\n' ':')
"$JAVA_HOME/bin/jlink" \
  --module-path "$JAVA_HOME/jmods:$javafx_jars" \
  --add-modules "$(tr -d ' \n' < packaging/runtime-modules.txt)" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$work/runtime"

case "$kind" in
  app-image) "$JAVA_HOME/bin/jpackage" @packaging/common.args @packaging/linux/app-image.args --app-version "$version" ;;
  deb) "$JAVA_HOME/bin/jpackage" @packaging/common.args @packaging/linux/deb.args --app-version "$version" ;;
  *) echo "usage: $0 app-image|deb" >&2; exit 2 ;;
esac
ls -1d "$work"/retort* 2>/dev/null
