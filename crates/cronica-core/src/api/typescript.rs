//! Writes the UI's side of the API: every type a call takes or returns, the list of commands, and
//! one typed function per call over a transport (Tauri IPC or HTTP).

use std::any::TypeId;
use std::collections::HashSet;

use ts_rs::{Config, TS, TypeVisitor};

use super::{ApiError, signatures};
use crate::notices::NoticeKind;
use crate::startup::StartupProblem;

/// Collects the declarations of every named type reachable from the calls, each once.
pub struct Collector {
    config: Config,
    seen: HashSet<TypeId>,
    declarations: Vec<(String, String)>,
}

impl TypeVisitor for Collector {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            let declaration = T::decl(&self.config);
            self.declarations.push((T::ident(&self.config), declaration));
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn doc_comment(docs: &str, indent: &str) -> String {
    let lines: Vec<&str> = docs.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    match lines.as_slice() {
        [] => String::new(),
        [one] => format!("{indent}/** {one} */\n"),
        many => format!("{indent}/**\n{}{indent} */\n", many.iter().map(|l| format!("{indent} * {l}\n")).collect::<String>()),
    }
}

/// The whole generated TypeScript module.
pub fn typescript() -> String {
    let config = || Config::new().with_large_int("number");
    let calls = signatures();
    let mut collector = Collector { config: config(), seen: HashSet::new(), declarations: Vec::new() };
    for call in &calls {
        (call.visit)(&mut collector);
    }
    collector.visit::<ApiError>();
    collector.visit::<NoticeKind>();
    // The start-up error page reads its problem from its address, not from a call.
    collector.visit::<StartupProblem>();
    let mut declarations = collector.declarations;
    declarations.sort_by(|a, b| a.0.cmp(&b.0));

    let mut out = String::from(
        "// Generated from crates/cronica-core/src/api/mod.rs by `UPDATE_BINDINGS=1 cargo test -p cronica-core api::`.\n\
         // Do not edit: change the Rust declaration and regenerate (a test fails while this file is stale).\n\n",
    );
    for (_, declaration) in &declarations {
        out.push_str("export ");
        out.push_str(declaration.trim());
        out.push_str("\n\n");
    }
    let names: Vec<String> = calls.iter().map(|c| format!("'{}'", c.name)).collect();
    out.push_str(&format!("/** Every backend call, as the transport names it. */\nexport type Command = {};\n\n", names.join(" | ")));
    out.push_str(&format!("export const COMMANDS: readonly Command[] = [{}];\n\n", names.join(", ")));
    out.push_str(
        "/** How calls reach the backend: Tauri IPC in the app, HTTP for pages the classroom server serves. */\n\
         export interface Transport {\n  call<T>(command: Command, args: Record<string, unknown>): Promise<T>;\n}\n\n",
    );
    out.push_str("/** One typed function per backend call. */\nexport function makeApi(transport: Transport) {\n  return {\n");
    for call in &calls {
        let params: Vec<String> = call.args.iter().map(|(name, ty)| format!("{}: {}", camel_case(name), ty(&config()))).collect();
        let keys: Vec<String> = call.args.iter().map(|(name, _)| camel_case(name)).collect();
        out.push_str(&doc_comment(call.docs, "    "));
        out.push_str(&format!(
            "    {}: ({}) => transport.call<{}>('{}', {{ {} }}),\n",
            camel_case(call.name),
            params.join(", "),
            (call.returns)(&config()),
            call.name,
            keys.join(", ")
        ));
    }
    out.push_str("  };\n}\n\nexport type Api = ReturnType<typeof makeApi>;\n");
    out.replace("{  }", "{}")
}
