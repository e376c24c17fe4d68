//! The addresses students can type or scan to join: one `http://<address>:<port>/` per non-loopback IPv4 address of
//! this machine. The formatting is a pure function so it is tested on a made-up list.

use std::net::IpAddr;

/// Join URLs for this machine's network interfaces (empty when they cannot be listed).
pub fn join_urls(port: u16) -> Vec<String> {
    let addresses: Vec<IpAddr> =
        if_addrs::get_if_addrs().map(|interfaces| interfaces.iter().map(|interface| interface.ip()).collect()).unwrap_or_default();
    format_join_urls(&addresses, port)
}

/// Keeps usable IPv4 addresses (not loopback, unspecified, link-local or broadcast), without duplicates, in order.
pub fn format_join_urls(addresses: &[IpAddr], port: u16) -> Vec<String> {
    let mut urls: Vec<String> = Vec::new();
    for address in addresses {
        let IpAddr::V4(v4) = address else { continue };
        if v4.is_loopback() || v4.is_unspecified() || v4.is_link_local() || v4.is_broadcast() || v4.is_multicast() {
            continue;
        }
        let url = format!("http://{v4}:{port}/");
        if !urls.contains(&url) {
            urls.push(url);
        }
    }
    urls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_usable_ipv4_addresses_become_join_urls() {
        let addresses: Vec<IpAddr> =
            ["127.0.0.1", "203.0.113.7", "::1", "2001:db8::1", "169.254.3.4", "0.0.0.0", "198.51.100.20", "203.0.113.7"]
                .iter()
                .map(|text| text.parse().unwrap())
                .collect();
        assert_eq!(format_join_urls(&addresses, 8123), vec!["http://203.0.113.7:8123/", "http://198.51.100.20:8123/"]);
        assert!(format_join_urls(&[], 80).is_empty());
    }
}
