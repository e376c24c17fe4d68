//! The shared vocabulary of the core: languages, dates, kinds, references, answers and
//! diagnostics. Imports nothing else of the crate, so every other module can depend on it and
//! none on each other through it.

pub mod answer;
pub mod clock;
pub mod collate;
pub mod date;
pub mod diagnostic;
pub mod ids;
pub mod kinds;
pub mod lang;
pub mod office;
pub mod question_rules;
pub mod refs;
pub mod search;
pub mod timestamp;
pub mod typed;

pub use answer::{AcceptedAnswers, StoredAnswer, StoredPair};
pub use clock::{Clock, FixedClock, SystemClock};
pub use date::{HistDate, Precision};
pub use diagnostic::{Diagnostic, Loc, Severity};
pub use ids::{ChapterId, EventId, FigureId, PerspectiveId, QuestionId, SectionId, SourceId, TeacherQuizId, TermId};
pub use kinds::{CitationOwner, ItemKind, QuestionKind, QuestionOrigin, SourceKind};
pub use lang::{Lang, Localized};
pub use office::Office;
pub use refs::{FigureRef, Ref};
pub use search::{SearchKind, TargetScreen};
pub use timestamp::Timestamp;
