# Sourced by .ci/run (and usable by hand: `source scripts/use-node.sh`): puts Node 24 first on PATH.
# When the machine's `node` is another major, it unpacks the official build published on the npm registry as
# node-linux-<arch>@24 into a cache folder (once) and points npm's native builds at its headers.
zbl_node_major=$(sed -E 's/^v?([0-9]+).*/\1/;q' "$(dirname "${BASH_SOURCE[0]}")/../.nvmrc")
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || true)" != "$zbl_node_major" ]; then
  case "$(uname -m)" in
    x86_64 | amd64) zbl_node_arch=x64 ;;
    aarch64 | arm64) zbl_node_arch=arm64 ;;
    *) echo "No Node $zbl_node_major build on the npm registry for $(uname -m)." >&2 && return 1 ;;
  esac
  zbl_node_home="${ZBL_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/zero-bad-leads/node-$zbl_node_major-$zbl_node_arch}"
  if [ ! -x "$zbl_node_home/bin/node" ]; then
    echo "Fetching Node $zbl_node_major (node-linux-$zbl_node_arch) from the npm registry..."
    zbl_node_tmp=$(mktemp -d)
    (cd "$zbl_node_tmp" && npm pack --silent "node-linux-$zbl_node_arch@$zbl_node_major" >/dev/null)
    mkdir -p "$zbl_node_home.partial"
    tar -xzf "$zbl_node_tmp"/node-linux-*.tgz -C "$zbl_node_home.partial" --strip-components=1
    rm -rf "$zbl_node_tmp" "$zbl_node_home"
    mv "$zbl_node_home.partial" "$zbl_node_home"
  fi
  export PATH="$zbl_node_home/bin:$PATH"
  export npm_config_nodedir="$zbl_node_home"
fi
# Native modules (better-sqlite3) are built against the running Node's own headers: without this, node-gyp may
# take another major's system headers (e.g. /usr/include/node) and build a module that Node 24 refuses.
if [ -z "${npm_config_nodedir:-}" ]; then
  zbl_node_prefix=$(dirname "$(dirname "$(command -v node)")")
  if [ -f "$zbl_node_prefix/include/node/node.h" ]; then export npm_config_nodedir="$zbl_node_prefix"; fi
fi
echo "Node $(node --version) at $(command -v node)"
unset zbl_node_major zbl_node_arch zbl_node_home zbl_node_tmp zbl_node_prefix
