//! The HTTP side: routes, the WebSocket upgrades with their checks, the QR code, the teacher's CSV, the student page
//! (or a built-in placeholder), and the security headers on every response.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{ConnectInfo, RawQuery, State, WebSocketUpgrade};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use super::guard::{origin_allowed, origin_listed, teacher_allowed};
use super::hub::Hub;
use super::{player_socket, teacher_socket};
use crate::csv::results_csv;

pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; \
     script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const PAGE_NOT_BUILT: &str = "<!doctype html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><title>Crónica</title></head>\
<body><h1>Crónica</h1><p>The student page is not built. Página del estudiante no disponible.</p></body></html>\n";

pub fn router(hub: Arc<Hub>, student_page_dir: Option<PathBuf>) -> Router {
    let router = Router::new()
        .route("/ws/player", get(player_upgrade))
        .route("/ws/teacher", get(teacher_upgrade))
        .route("/join.svg", get(join_qr))
        .route("/results.csv", get(results));
    let router = match student_page_dir.filter(|dir| dir.is_dir()) {
        Some(dir) => router.fallback_service(ServeDir::new(dir)),
        None => router.route("/", get(|| async { Html(PAGE_NOT_BUILT) })),
    };
    router
        .with_state(hub)
        .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY)))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
}

/// Frame and message limits, and small buffers: the protocol's messages are small, and a class is many sockets
/// (the library's default is 128 KiB of read buffer per socket).
fn sized(upgrade: WebSocketUpgrade, max_message_bytes: usize) -> WebSocketUpgrade {
    upgrade.max_message_size(max_message_bytes).max_frame_size(max_message_bytes).read_buffer_size(8 * 1024).write_buffer_size(0)
}

fn refuse(status: StatusCode, text: &'static str) -> Response {
    (status, text).into_response()
}

async fn player_upgrade(
    State(hub): State<Arc<Hub>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    if !origin_allowed(&headers) {
        return refuse(StatusCode::FORBIDDEN, "origin not allowed");
    }
    let Some(permit) = hub.admit_player_socket() else {
        return refuse(StatusCode::SERVICE_UNAVAILABLE, "the game is full");
    };
    let size = hub.limits.max_message_bytes;
    sized(upgrade, size).on_upgrade(move |socket| async move {
        player_socket::run(socket, peer, hub).await;
        drop(permit);
    })
}

async fn teacher_upgrade(
    State(hub): State<Arc<Hub>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    let origin_ok = origin_allowed(&headers) || origin_listed(&headers, &hub.access.teacher_origins);
    if !teacher_allowed(peer, query.as_deref(), &hub.access.teacher_secret) || !origin_ok {
        return refuse(StatusCode::FORBIDDEN, "teacher only");
    }
    let size = hub.limits.max_message_bytes;
    sized(upgrade, size).on_upgrade(move |socket| teacher_socket::run(socket, hub))
}

async fn join_qr(State(hub): State<Arc<Hub>>) -> Response {
    match qrcode::QrCode::new(hub.access.join_url.as_bytes()) {
        Ok(code) => {
            let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(256, 256).build();
            ([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response()
        }
        Err(_) => refuse(StatusCode::INTERNAL_SERVER_ERROR, "the join address does not fit in a QR code"),
    }
}

async fn results(State(hub): State<Arc<Hub>>, ConnectInfo(peer): ConnectInfo<SocketAddr>, RawQuery(query): RawQuery) -> Response {
    if !teacher_allowed(peer, query.as_deref(), &hub.access.teacher_secret) {
        return refuse(StatusCode::FORBIDDEN, "teacher only");
    }
    let rows = hub.room.lock().await.game.result_rows();
    match results_csv(&rows) {
        Ok(text) => {
            let disposition = HeaderValue::from_static("attachment; filename=\"cronica-resultados.csv\"");
            let headers =
                [(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")), (header::CONTENT_DISPOSITION, disposition)];
            (headers, [(HeaderName::from_static("cache-control"), HeaderValue::from_static("no-store"))], text).into_response()
        }
        Err(_) => refuse(StatusCode::INTERNAL_SERVER_ERROR, "the results could not be written"),
    }
}
