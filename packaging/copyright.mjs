// Writes the package's machine-readable copyright file (DEP-5) from what is really shipped: the
// Rust crates linked into cronica-app and cronica (from Cargo.lock through `cargo metadata`, normal
// dependencies for this machine's target, proc-macros left out), and the npm packages bundled
// into the pages. Copyright lines come from each package's own licence files, licence texts from
// packaging/licenses/ or /usr/share/common-licenses. A licence with no known text stops the build.
//
// Usage: node packaging/copyright.mjs OUT_FILE
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2];
if (!out) throw new Error("usage: node packaging/copyright.mjs OUT_FILE");

/** The binaries' packages: everything they link is listed. */
const ROOTS = ["cronica-app", "cronica-cli"];
/** npm packages compiled into ui/dist and ui/dist-student besides the UI's own dependencies (the Svelte runtime). */
const BUNDLED_NPM = ["svelte", "esm-env", "clsx", "devalue"];
/** Licences whose text Debian ships in /usr/share/common-licenses. */
const COMMON = new Set(["Apache-2.0", "MPL-2.0", "CC0-1.0"]);
/** SPDX identifiers under the names DEP-5 gives them. */
const DEP5_NAME = { MIT: "Expat", "BSD-2-Clause": "BSD-2-clause", "BSD-3-Clause": "BSD-3-clause", "LGPL-3.0-or-later": "LGPL-3+" };
/** Licences Debian ships under another file name ("LGPL-3+": its text is LGPL-3, "or later" is the grant's). */
const COMMON_FILE = { "LGPL-3+": "LGPL-3" };

function run(cmd, args) {
  return execFileSync(cmd, args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

/** An SPDX expression as DEP-5 writes it ("a or b, and c"), and the licences it names. */
function dep5License(spdx) {
  const tokens = spdx.replaceAll("/", " OR ").replaceAll("(", " ( ").replaceAll(")", " ) ").trim().split(/\s+/);
  let i = 0;
  const names = new Set();
  const primary = () => {
    const t = tokens[i++];
    if (t === "(") {
      const e = orExpr();
      if (tokens[i++] !== ")") throw new Error(`unbalanced licence expression: ${spdx}`);
      return e;
    }
    if (!t || /^(AND|OR|WITH|\))$/i.test(t)) throw new Error(`unreadable licence expression: ${spdx}`);
    let name = DEP5_NAME[t] ?? t;
    if (/^WITH$/i.test(tokens[i] ?? "")) {
      // "Apache-2.0 WITH LLVM-exception" is DEP-5's "Apache-2.0 with LLVM exception".
      const exception = tokens[i + 1];
      if (!exception?.endsWith("-exception")) throw new Error(`unreadable licence exception in: ${spdx}`);
      name = `${name} with ${exception.slice(0, -"-exception".length)} exception`;
      i += 2;
    }
    names.add(name);
    return name;
  };
  const list = (next, op) => {
    const items = [next()];
    while (new RegExp(`^${op}$`, "i").test(tokens[i] ?? "")) {
      i++;
      items.push(next());
    }
    return items.length === 1 ? items[0] : { op: op.toLowerCase(), items };
  };
  const andExpr = () => list(primary, "AND");
  const orExpr = () => list(andExpr, "OR");
  const tree = orExpr();
  if (i !== tokens.length) throw new Error(`unreadable licence expression: ${spdx}`);
  const render = (node, depth) => {
    if (typeof node === "string") return node;
    if (depth > 1) throw new Error(`licence expression nested too deep for DEP-5: ${spdx}`);
    const nested = node.items.some((item) => typeof item !== "string");
    return node.items.map((item) => render(item, depth + 1)).join(nested ? `, ${node.op} ` : ` ${node.op} `);
  };
  return { text: render(tree, 0), names };
}

/** "Copyright …" lines from a package's licence and notice files, without the word itself. */
function copyrightLines(dir) {
  if (!dir || !existsSync(dir)) return [];
  const lines = new Set();
  for (const file of readdirSync(dir)) {
    if (!/^(licen[cs]e|copying|copyright|notice|unlicense)/i.test(file)) continue;
    const path = join(dir, file);
    if (!statSync(path).isFile()) continue;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      const t = line.trim();
      const m =
        t.match(/^copyright\s*(?:\(c\)|©)\s*(.+)$/i) ?? t.match(/^(?:copyright|\(c\))\s+(\d.*)$/i) ?? t.match(/^©\s*(.+)$/);
      if (m) lines.add(m[1].trim());
    }
  }
  return [...lines].filter((l) => !/\[yyyy\]|\{yyyy\}|<year>|<copyright/i.test(l)).slice(0, 12);
}

/** A DEP-5 field whose value may run over several lines. */
function field(name, values) {
  return `${name}: ${values[0]}` + values.slice(1).map((v) => `\n ${v}`).join("");
}

/** A licence's text as a DEP-5 continuation block ("X with Y exception": X's text, then Y's). */
function licenseText(name) {
  const exception = name.match(/^(\S+) with (\S+) exception$/);
  if (exception) return `${licenseText(exception[1])}\n .\n${licenseText(`${exception[2]}-exception`)}`;
  if (COMMON.has(name)) return ` On Debian systems, the complete text of the ${name} licence is in\n /usr/share/common-licenses/${name}.`;
  if (COMMON_FILE[name]) {
    return ` This package may be used under the GNU Lesser General Public License, version 3 or (at your\n option) any later version. On Debian systems, the complete text of version 3 is in\n /usr/share/common-licenses/${COMMON_FILE[name]}.`;
  }
  const path = join(root, "packaging/licenses", `${name}.txt`);
  if (!existsSync(path)) throw new Error(`no text for the licence ${name}: add packaging/licenses/${name}.txt`);
  return readFileSync(path, "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => (l.trim() ? ` ${l}` : " ."))
    .join("\n");
}

function rustPackages() {
  const host = run("rustc", ["-vV"]).match(/^host: (.+)$/m)[1];
  const meta = JSON.parse(run("cargo", ["metadata", "--format-version", "1", "--locked", "--filter-platform", host]));
  const byId = new Map(meta.packages.map((p) => [p.id, p]));
  const nodes = new Map(meta.resolve.nodes.map((n) => [n.id, n]));
  const members = new Set(meta.workspace_members);
  const isProcMacro = (p) => p.targets.some((t) => t.kind.includes("proc-macro"));
  const seen = new Set();
  const stack = meta.packages.filter((p) => ROOTS.includes(p.name) && members.has(p.id)).map((p) => p.id);
  if (stack.length !== ROOTS.length) throw new Error(`cargo metadata lacks one of ${ROOTS.join(", ")}`);
  while (stack.length) {
    const id = stack.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    for (const dep of nodes.get(id).deps) {
      if (dep.dep_kinds.some((k) => k.kind === null) && !isProcMacro(byId.get(dep.pkg))) stack.push(dep.pkg);
    }
  }
  return [...seen]
    .filter((id) => !members.has(id))
    .map((id) => byId.get(id))
    .map((p) => {
      if (!p.license) throw new Error(`crate ${p.name} ${p.version} names no SPDX licence (only ${p.license_file ?? "nothing"})`);
      const authors = p.authors.length ? p.authors : [`the authors of ${p.name}`];
      return { kind: "crate", name: p.name, version: p.version, license: p.license, dir: dirname(p.manifest_path), authors };
    });
}

function npmPackages() {
  const lock = JSON.parse(readFileSync(join(root, "ui/package-lock.json"), "utf8"));
  const wanted = new Set(BUNDLED_NPM);
  const found = [];
  for (const [path, p] of Object.entries(lock.packages)) {
    const name = path.replace(/^.*node_modules\//, "");
    if (!path.startsWith("node_modules/") || path.includes("/node_modules/", "node_modules/".length)) continue;
    if (!(wanted.has(name) || !p.dev)) continue;
    if (!p.license) throw new Error(`npm package ${name} names no licence`);
    found.push({ kind: "npm", name, version: p.version, license: p.license, dir: join(root, "ui", path), authors: [`the authors of ${name}`] });
  }
  for (const name of wanted) if (!found.some((p) => p.name === name)) throw new Error(`ui/package-lock.json has no ${name}`);
  return found;
}

const workspace = JSON.parse(run("cargo", ["metadata", "--format-version", "1", "--no-deps", "--locked"]));
const app = workspace.packages.find((p) => p.name === "cronica-app");
const maintainer = app.authors[0];
const project = dep5License(app.license);
const used = new Set(project.names);
const paragraphs = [
  [
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
    "Upstream-Name: Crónica",
    `Upstream-Contact: ${maintainer}`,
    field("Comment", [
      "Generated by packaging/copyright.mjs from Cargo.lock and ui/package-lock.json.",
      "The Rust crates and npm packages below are compiled into /usr/bin/cronica-app",
      "and /usr/bin/cronica (the page in /usr/lib/cronica/student too); each is",
      "named by the folder `cargo vendor --versioned-dirs` or npm gives its sources.",
    ]),
  ].join("\n"),
  [field("Files", ["*"]), field("Copyright", [maintainer.replace(/\s*<.*>$/, "")]), `License: ${project.text}`].join("\n"),
];

const packages = [...rustPackages(), ...npmPackages()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
for (const p of packages) {
  const license = dep5License(p.license);
  license.names.forEach((n) => used.add(n));
  const holders = copyrightLines(p.dir);
  const files = p.kind === "crate" ? `vendor/${p.name}-${p.version}/*` : `node_modules/${p.name}/*`;
  paragraphs.push(
    [field("Files", [files]), field("Copyright", holders.length ? holders : p.authors), `License: ${license.text}`, `Comment: ${p.kind} ${p.name} ${p.version}`].join("\n"),
  );
  if (p.name === "libsqlite3-sys") {
    paragraphs.push(
      [
        field("Files", [`vendor/${p.name}-${p.version}/sqlite3/*`]),
        "Copyright: none: SQLite is dedicated to the public domain by its authors",
        "License: public-domain",
        " The author disclaims copyright to this source code. In place of a legal",
        " notice, here is a blessing: May you do good and not evil. May you find",
        " forgiveness for yourself and forgive others. May you share freely, never",
        " taking more than you give.",
      ].join("\n"),
    );
  }
}
for (const name of [...used].sort()) paragraphs.push(`License: ${name}\n${licenseText(name)}`);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, paragraphs.join("\n\n") + "\n");
console.error(`wrote ${out}: ${packages.length} packages, ${used.size} licences`);
