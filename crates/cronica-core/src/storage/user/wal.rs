//! SQLite applies a `-wal` file to whatever database sits beside it, so one left by copying or
//! syncing a profile would show another learner's history and, once checkpointed, overwrite this
//! one's rows. Every transaction Crónica commits rewrites the `profile` row, so each frame run of
//! a -wal of this database carries this database's profile id; a -wal whose frames do not is
//! judged foreign here, from its bytes, before SQLite ever opens it.

use std::io::Read;
use std::path::Path;

use super::identity::profile_of_main_file;
use crate::error::{Error, Result};

const HEADER_LEN: usize = 32;
const FRAME_HEADER_LEN: usize = 24;
const MAGIC: [u32; 2] = [0x377f_0682, 0x377f_0683];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WalVerdict {
    /// No -wal, or one SQLite would apply nothing from.
    Nothing,
    /// Frames of this database.
    Belongs,
    /// Frames of another database, or a file that is not a -wal at all.
    Foreign,
}

/// Judges the -wal at `wal` against the database file at `db`.
pub(super) fn judge(db: &Path, wal: &Path) -> Result<WalVerdict> {
    let file = match std::fs::File::open(wal) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(WalVerdict::Nothing),
        Err(e) => return Err(Error::io(wal, e)),
    };
    let frames = match committed_frames(std::io::BufReader::new(file)).map_err(|e| Error::io(wal, e))? {
        Frames::None => return Ok(WalVerdict::Nothing),
        Frames::NotAWal => return Ok(WalVerdict::Foreign),
        Frames::Pages(pages) => pages,
    };
    // A database without a profile yet (new, or made before there were profiles) has nothing to
    // compare with: its first -wal is the one that gives it one.
    let Some(profile) = profile_of_main_file(db) else {
        return Ok(WalVerdict::Belongs);
    };
    let needle = profile.as_bytes();
    let ours = frames.iter().any(|page| page.windows(needle.len()).any(|w| w == needle));
    Ok(if ours { WalVerdict::Belongs } else { WalVerdict::Foreign })
}

enum Frames {
    /// An empty file, or a header with no committed frame after it.
    None,
    /// Not a -wal file: SQLite would ignore it and overwrite it with the next write.
    NotAWal,
    /// The pages SQLite would apply: the frames carrying the header's salts, up to the last commit.
    Pages(Vec<Vec<u8>>),
}

fn be32(bytes: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// Reads a -wal as SQLite's recovery would: the header, then frames while their salts match it.
/// Checksums are not verified; a frame they would reject is still looked at, which can only make
/// a -wal of this database look more like ours.
fn committed_frames(mut input: impl Read) -> std::io::Result<Frames> {
    let mut header = [0u8; HEADER_LEN];
    match read_full(&mut input, &mut header)? {
        0 => return Ok(Frames::None),
        HEADER_LEN => {}
        _ => return Ok(Frames::NotAWal),
    }
    let page_size = be32(&header, 8) as usize;
    let valid_size = (512..=65536).contains(&page_size) && page_size.is_power_of_two();
    if !MAGIC.contains(&be32(&header, 0)) || !valid_size {
        return Ok(Frames::NotAWal);
    }
    let salts = &header[16..24];
    let mut frame = vec![0u8; FRAME_HEADER_LEN + page_size];
    let (mut pages, mut committed) = (Vec::new(), 0);
    while read_full(&mut input, &mut frame)? == frame.len() && &frame[8..16] == salts {
        pages.push(frame[FRAME_HEADER_LEN..].to_vec());
        if be32(&frame, 4) != 0 {
            committed = pages.len();
        }
    }
    pages.truncate(committed);
    Ok(if pages.is_empty() { Frames::None } else { Frames::Pages(pages) })
}

/// Fills `buf` as far as the input goes; returns how many bytes it got.
fn read_full(input: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match input.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(page: u32, commit: u32, salts: &[u8], fill: u8, page_size: usize) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend(page.to_be_bytes());
        out.extend(commit.to_be_bytes());
        out.extend(salts);
        out.extend([0u8; 8]);
        out.extend(std::iter::repeat_n(fill, page_size));
        out
    }

    fn header(page_size: u32, salts: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend(MAGIC[0].to_be_bytes());
        out.extend(3_007_000u32.to_be_bytes());
        out.extend(page_size.to_be_bytes());
        out.extend(0u32.to_be_bytes());
        out.extend(salts);
        out.extend([0u8; 8]);
        out
    }

    fn pages(bytes: Vec<u8>) -> Vec<Vec<u8>> {
        match committed_frames(&bytes[..]).unwrap() {
            Frames::Pages(pages) => pages,
            Frames::None => Vec::new(),
            Frames::NotAWal => panic!("read as not a -wal"),
        }
    }

    #[test]
    fn only_committed_frames_with_the_headers_salts_count() {
        let salts = [1, 2, 3, 4, 5, 6, 7, 8];
        let mut wal = header(512, &salts);
        wal.extend(frame(2, 0, &salts, b'a', 512));
        wal.extend(frame(3, 4, &salts, b'b', 512));
        wal.extend(frame(4, 0, &salts, b'c', 512)); // not committed
        assert_eq!(pages(wal.clone()).iter().map(|p| p[0]).collect::<Vec<_>>(), b"ab");
        // A stale frame of an earlier generation ends the run.
        let mut stale = header(512, &salts);
        stale.extend(frame(2, 1, &[9; 8], b'z', 512));
        assert!(pages(stale).is_empty());
        // A frame cut short is not read.
        wal.truncate(wal.len() - 100);
        assert_eq!(pages(wal).len(), 2);
    }

    #[test]
    fn a_file_that_is_not_a_wal_is_said_to_be_so() {
        assert!(matches!(committed_frames(&b""[..]).unwrap(), Frames::None));
        assert!(matches!(committed_frames(&[7u8; 5000][..]).unwrap(), Frames::NotAWal));
        assert!(matches!(committed_frames(&header(1000, &[0; 8])[..]).unwrap(), Frames::NotAWal));
        assert!(matches!(committed_frames(&header(4096, &[0; 8])[..]).unwrap(), Frames::None));
    }
}
