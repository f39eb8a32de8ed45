#!/usr/bin/env bash
# Writes the nginx server block of one Portal Desa HTTPS host (the platform host or a village
# domain) from site.conf.template, once its certificate exists.
#
# Usage: portal-desa-site.sh DOMAIN [ALIAS...]
#        portal-desa-site.sh --remove DOMAIN
#   DOMAIN   the certificate's name as certbot --cert-name gave it (/etc/letsencrypt/live/DOMAIN/)
#   ALIAS    further names on the same certificate, e.g. www.DOMAIN (the portal answers 301 from a
#            village's secondary domain to its primary one once both are registered for it)
# Then: nginx -t && systemctl reload nginx
#
# Settings (for tests and unusual layouts): PORTAL_NGINX_SITES (default /etc/nginx/portal-desa/sites),
# PORTAL_NGINX_TEMPLATE (default /etc/nginx/portal-desa/site.conf.template),
# PORTAL_CERT_DIR (default /etc/letsencrypt/live).
set -euo pipefail

SITES=${PORTAL_NGINX_SITES:-/etc/nginx/portal-desa/sites}
TEMPLATE=${PORTAL_NGINX_TEMPLATE:-/etc/nginx/portal-desa/site.conf.template}
CERTS=${PORTAL_CERT_DIR:-/etc/letsencrypt/live}

die() { echo "portal-desa-site: ERROR: $*" >&2; exit 1; }
# Host names only: the value goes into nginx configuration unquoted.
valid_name() { [[ $1 =~ ^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$ ]]; }

remove=false
if [ "${1:-}" = "--remove" ]; then remove=true; shift; fi
[ $# -ge 1 ] || die "which domain? (usage: portal-desa-site.sh DOMAIN [ALIAS...] | --remove DOMAIN)"
domain=${1,,}
valid_name "$domain" || die "'$1' is not a host name"
file="$SITES/$domain.conf"

if $remove; then
  rm -f -- "$file"
  echo "removed $file; now: nginx -t && systemctl reload nginx"
  exit 0
fi

names=$domain
for alias in "${@:2}"; do
  alias=${alias,,}
  valid_name "$alias" || die "'$alias' is not a host name"
  names="$names $alias"
done
# nginx refuses to start when a named certificate is missing: check before writing the block.
[ -e "$CERTS/$domain/fullchain.pem" ] && [ -e "$CERTS/$domain/privkey.pem" ] \
  || die "no certificate in $CERTS/$domain/: run certbot certonly --webroot -w /var/www/letsencrypt --cert-name $domain -d ${names// / -d } first"
[ -r "$TEMPLATE" ] || die "cannot read $TEMPLATE"
install -d "$SITES"
tmp=$(mktemp "$SITES/.$domain.XXXXXX")
sed -e "s|@DOMAIN@|$domain|g" -e "s|@NAMES@|$names|g" "$TEMPLATE" >"$tmp"
chmod 0644 "$tmp"
mv -f -- "$tmp" "$file"
echo "wrote $file ($names); now: nginx -t && systemctl reload nginx"
