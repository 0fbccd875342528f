//! The classroom on a local network (filled in below).
