#!/usr/bin/env bash
# Builds a self-contained Custodian app image (bundled Java runtime) with the JDK's jpackage.
# Usage: installer/build-app-image.sh [app-image|deb]   (default app-image; deb needs fakeroot)
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
./mvnw -q -B -DskipTests package
rm -rf target/installer-input target/installer
mkdir -p target/installer-input
cp target/custodian.jar target/installer-input/
extra=()
if [[ "$type" == "deb" ]]; then
  extra+=(--linux-package-deps libgtk-3-0 --linux-shortcut)
fi
jpackage --type "$type" --name Custodian --app-version 0.1.0 \
  --input target/installer-input --main-jar custodian.jar --main-class org.custodian.Launcher \
  --java-options "-XX:+DisableAttachMechanism -XX:-HeapDumpOnOutOfMemoryError -XX:-CreateCoredumpOnCrash" \
  --strip-debug --dest target/installer "${extra[@]}"
echo "Built into target/installer"
