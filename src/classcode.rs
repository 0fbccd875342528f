//! Class codes: the short code an instructor writes on the board (`GH-4K7Q`) so that every
//! trainee in an exam plays the same seed.
//!
//! A code is `GH-` and four characters of Crockford's base-32 alphabet
//! (`0123456789ABCDEFGHJKMNPQRSTVWXYZ`: no I, L, O or U, so nothing reads as another character).
//! The four characters are the seed written in base 32, most significant first: `GH-0001` is
//! seed 1, `GH-0010` is seed 32, `GH-ZZZZ` is seed 1,048,575. Reading is forgiving: any case,
//! with or without the `GH-` prefix, spaces and hyphens ignored, and `O`, `I`, `L` read as `0`,
//! `1`, `1`. [`to_seed`] and [`from_seed`] are inverse on every seed below [`SEEDS`].

/// The alphabet, in digit order.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters after the prefix.
const LEN: usize = 4;
/// The prefix every code is written with.
pub const PREFIX: &str = "GH-";
/// How many seeds class codes reach: `0..SEEDS`.
pub const SEEDS: u64 = 1 << (5 * LEN);

/// Why a text is not a class code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClassCodeError {
    #[error("a class code has {LEN} characters after `{PREFIX}`, `{0}` has {1}")]
    Length(String, usize),
    #[error("`{1}` cannot appear in a class code (`{0}`)")]
    Character(String, char),
}

/// The seed a class code stands for.
pub fn to_seed(code: &str) -> Result<u64, ClassCodeError> {
    let mut chars: Vec<char> = code
        .chars()
        .filter(|c| !matches!(c, '-' | '_') && !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    // The prefix is optional: `GH-4K7Q`, `gh4k7q` and `4K7Q` are the same code.
    if chars.len() > LEN && chars[..2] == ['G', 'H'] {
        chars.drain(..2);
    }
    if chars.len() != LEN {
        return Err(ClassCodeError::Length(code.trim().to_string(), chars.len()));
    }
    let mut seed = 0u64;
    for c in chars {
        let c = match c {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        let digit = ALPHABET
            .iter()
            .position(|a| char::from(*a) == c)
            .ok_or_else(|| ClassCodeError::Character(code.trim().to_string(), c))?;
        seed = seed * 32 + digit as u64;
    }
    Ok(seed)
}

/// The class code of a seed, or `None` for a seed class codes do not reach (`>= SEEDS`).
pub fn from_seed(seed: u64) -> Option<String> {
    if seed >= SEEDS {
        return None;
    }
    let mut s = String::from(PREFIX);
    for i in (0..LEN).rev() {
        let digit = (seed >> (5 * i)) & 31;
        s.push(char::from(ALPHABET[digit as usize]));
    }
    Some(s)
}

/// A code as it should be written and stored (`gh 4k7q` → `GH-4K7Q`).
pub fn normalize(code: &str) -> Result<String, ClassCodeError> {
    let seed = to_seed(code)?;
    Ok(from_seed(seed).unwrap_or_default())
}
