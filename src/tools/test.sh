#!/usr/bin/env bash
# The test command: real MariaDB (server on 127.0.0.1:3306, else embedded), real Keycloak, headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/tools/jdk.sh

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[titrepro] Installation de Chromium (paquet Debian) pour les tests navigateur…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "[titrepro] Chromium est absent : installez le paquet « chromium » (tests navigateur)." >&2
    exit 1
  fi
fi

# poppler-utils: pdfsig validates the PAdES signatures of the issued documents independently of Java (issue 6)
if ! command -v pdfsig >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[titrepro] Installation de poppler-utils (pdfsig) pour vérifier les signatures des documents…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
  else
    echo "[titrepro] pdfsig est absent : installez le paquet « poppler-utils » (validation des signatures PDF)." >&2
    exit 1
  fi
fi

exec mvn -B -ntp verify "$@"
