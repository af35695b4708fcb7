#!/usr/bin/env bash
# Builds a Java 17 runtime base image as a docker-archive tarball (the format `docker save` writes and `docker load`,
# `podman load` and Jib's `tar://` base read), from Debian's own packages, without a container daemon or a registry.
#
# NOT part of CI and not needed in production: the production base is a standard JRE 17 image from a registry
# (registry.access.redhat.com/ubi9/openjdk-17-runtime by default, property barnunga.image.base; docs/operations.md,
# "Container images"). This script exists for machines that reach Debian's package mirror but no container registry,
# such as the development machines of this project: it lets the image build be proven there.
#
# What it makes: Debian 12 (bookworm), variant minbase, with openjdk-17-jre-headless and ca-certificates, the user
# jboss with uid/gid 185 (as in the UBI OpenJDK images, which the Kubernetes manifests assume), /deployments owned by
# 185, documentation and man pages left out. One layer. The packages come from the machine's own apt sources.
#
# Usage (as root, needs mmdebstrap: apt-get install -y mmdebstrap):
#   deploy/images/build-local-base.sh [output tarball]      default: target/images/jre17-base.tar (repository root)
# then build the images on it:
#   mvn -B package -DskipTests -Pimages -Dbarnunga.image.base=tar://$PWD/target/images/jre17-base.tar
set -euo pipefail

repository=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$repository/target/images/jre17-base.tar}
name=barnunga/jre17-base:local

command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install -y mmdebstrap" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "run as root (mmdebstrap's root mode)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")" "$work/image"

# The machine's apt sources (deb822 or one-line), so that the script names no mirror of its own.
sources=$(cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | grep -v '^\s*#' || true)
[ -n "$sources" ] || { echo "no apt sources found on this machine" >&2; exit 1; }

# --variant=minbase: essential packages and apt only. The customize hooks add the runtime user and the application
# directory; the dpkg options keep docs, man pages and locales out of the image. The openjdk package's postinst links
# its man page into /usr/share/man/man1 (update-alternatives) and fails without that directory: the setup hook makes it.
printf '%s\n' "$sources" | mmdebstrap --variant=minbase --format=tar \
    --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
    --include=openjdk-17-jre-headless,ca-certificates \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --customize-hook='chroot "$1" groupadd --gid 185 jboss' \
    --customize-hook='chroot "$1" useradd --uid 185 --gid 185 --home-dir /home/jboss --create-home --shell /usr/sbin/nologin jboss' \
    --customize-hook='mkdir -p "$1/deployments" && chown 185:185 "$1/deployments"' \
    --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*' \
    bookworm "$work/image/layer.tar" -

java_home=/usr/lib/jvm/java-17-openjdk-amd64
diff_id=sha256:$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# The image configuration (OCI image config / Docker image JSON): the user 185 and the PATH with java on it.
cat > "$work/image/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"User":"185","WorkingDir":"/deployments",
  "Env":["PATH=$java_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"$created","created_by":"deploy/images/build-local-base.sh: mmdebstrap bookworm minbase + openjdk-17-jre-headless"}]}
EOF
cat > "$work/image/manifest.json" <<EOF
[{"Config":"config.json","RepoTags":["$name"],"Layers":["layer.tar"]}]
EOF

tar -C "$work/image" -cf "$out" manifest.json config.json layer.tar
echo "$name: $out ($(du -h "$out" | cut -f1))"
