#!/usr/bin/env bash
# The run command: builds, then starts MariaDB (configured server or embedded), Keycloak and titrepro with demo data.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/tools/jdk.sh

echo "[titrepro] Construction (JDK $(java_major "$JAVA_HOME"))…"
mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/devstack.classpath
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/test-classes:$(cat target/devstack.classpath)" fr.titrepro.support.infra.DevStack
