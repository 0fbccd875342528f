//! The fund-flow map, painted with egui's `Painter`: accounts as nodes in jurisdiction columns,
//! money moves as arrows, balances, holds and freezes with their countdown. Accounts the police
//! do not know yet are not drawn; money leaving towards one shows as an arrow into "?".

use std::collections::BTreeMap;

use bevy_egui::egui::{
    self, Align2, Color32, CornerRadius, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind,
    Vec2, epaint::CubicBezierShape, pos2, vec2,
};

use super::View;
use super::widgets::jurisdiction_name;
use crate::app::egui_setup::palette;
use crate::i18n::group_digits_for;
use crate::scenario::Owner;
use crate::sim::{EventKind, HoldKind, Session};
use crate::time::Secs;

/// One drawn account.
struct Node {
    id: String,
    rect: Rect,
}

/// Draw the map in the space left; returns the id of an account the trainee clicked.
pub fn map_ui(ui: &mut egui::Ui, v: &View, s: &Session, selected: Option<&str>) -> Option<String> {
    // Below a readable size the map scrolls instead of squeezing its nodes.
    let min = vec2(420.0, 240.0);
    let avail = ui.available_size();
    if avail.x >= min.x && avail.y >= min.y {
        return map_canvas_ui(ui, v, s, selected, avail);
    }
    egui::ScrollArea::both()
        .auto_shrink(false)
        .show(ui, |ui| map_canvas_ui(ui, v, s, selected, avail.max(min)))
        .inner
}

fn map_canvas_ui(
    ui: &mut egui::Ui,
    v: &View,
    s: &Session,
    selected: Option<&str>,
    size: Vec2,
) -> Option<String> {
    let t = v.texts;
    let sc = s.scenario();
    let (response, painter) = ui.allocate_painter(size, Sense::hover());
    let area = response.rect;
    painter.rect_filled(area, CornerRadius::same(8), palette::BG);

    // Jurisdictions with at least one known account, home first, then scenario order.
    let known: Vec<_> = s.accounts().filter(|(_, st)| st.known).collect();
    let mut columns: Vec<&str> = Vec::new();
    let mut order: Vec<&str> = vec![sc.home.as_str()];
    order.extend(sc.jurisdictions.iter().map(|j| j.id.as_str()));
    for j in order {
        if !columns.contains(&j)
            && known.iter().any(|(a, _)| sc.account_jurisdiction(&a.id) == Some(j))
        {
            columns.push(j);
        }
    }
    if columns.is_empty() {
        painter.text(
            area.center(),
            Align2::CENTER_CENTER,
            t.t("ui-map-empty"),
            FontId::proportional(16.0),
            palette::DIM,
        );
        return None;
    }

    let head_h = 44.0;
    let col_w = area.width() / columns.len() as f32;
    let node_w = (col_w - 28.0).clamp(90.0, 240.0);
    let mut nodes: Vec<Node> = Vec::new();
    for (c, j) in columns.iter().enumerate() {
        let x0 = area.left() + col_w * c as f32;
        let col = Rect::from_min_size(pos2(x0, area.top()), vec2(col_w, area.height()));
        if c % 2 == 1 {
            painter.rect_filled(
                col.shrink(2.0),
                CornerRadius::same(6),
                palette::PANEL.gamma_multiply(0.55),
            );
        }
        // The country's name (never its code), shortened to the column if need be.
        let jname = jurisdiction_name(v, s, j);
        let color = if *j == sc.home { palette::GOLD } else { palette::TEXT };
        let g = painter.layout_no_wrap(jname.clone(), FontId::proportional(16.0), color);
        let full_w = g.size().x;
        let g = fit(&painter, g, jname.clone(), col_w - 12.0, 16.0, color);
        let at = pos2(col.center().x - g.size().x / 2.0, col.top() + 12.0);
        if g.size().x < full_w {
            // Shortened with "…": the whole name on hover.
            let r = Rect::from_min_size(at, g.size());
            ui.interact(r, ui.id().with(("map-column", c)), Sense::hover()).on_hover_text(jname);
        }
        painter.galley(at, g, color);
        let in_col: Vec<_> =
            known.iter().filter(|(a, _)| sc.account_jurisdiction(&a.id) == Some(*j)).collect();
        // The legend has the bottom 26 points to itself.
        let avail = area.height() - head_h - 8.0 - 26.0;
        let n = in_col.len().max(1) as f32;
        let node_h = ((avail / n) - 12.0).clamp(40.0, 92.0);
        let gap = ((avail - node_h * n) / (n + 1.0)).max(4.0);
        for (k, (a, _)) in in_col.iter().enumerate() {
            let y = area.top() + head_h + gap + (node_h + gap) * k as f32;
            let rect =
                Rect::from_min_size(pos2(col.center().x - node_w / 2.0, y), vec2(node_w, node_h));
            nodes.push(Node { id: a.id.clone(), rect });
        }
    }
    let find = |id: &str| nodes.iter().find(|n| n.id == id).map(|n| n.rect);

    // Money moves, summed per pair; the latest time colours the arrow.
    let mut flows: BTreeMap<(String, String), (u64, Secs)> = BTreeMap::new();
    let mut unknown_out: BTreeMap<String, (u64, Secs)> = BTreeMap::new();
    for ev in s.events() {
        let (from, to, amount) = match &ev.kind {
            EventKind::Payment { from, to, amount } | EventKind::Transfer { from, to, amount } => {
                (from, to, *amount)
            }
            _ => continue,
        };
        match (find(from).is_some(), find(to).is_some()) {
            (true, true) => {
                let e = flows.entry((from.clone(), to.clone())).or_insert((0, ev.at));
                e.0 += amount;
                e.1 = ev.at;
            }
            (true, false) => {
                let e = unknown_out.entry(from.clone()).or_insert((0, ev.at));
                e.0 += amount;
                e.1 = ev.at;
            }
            _ => {}
        }
    }
    let total = s.paid().max(1) as f32;
    let now = s.now();
    // Amount labels already placed: a label on a crossing edge moves along its curve.
    let mut placed: Vec<Rect> = nodes.iter().map(|n| n.rect).collect();
    for ((from, to), (amount, at)) in &flows {
        let (Some(a), Some(b)) = (find(from), find(to)) else { continue };
        let color = flow_color(now - at);
        let width = 1.5 + 4.0 * (*amount as f32 / total).sqrt().min(1.0);
        let label = group_digits_for(&t.lang, *amount);
        arrow_between(&painter, a, b, color, width, &label, &mut placed);
    }
    for (from, (amount, at)) in &unknown_out {
        let Some(a) = find(from) else { continue };
        let start = pos2(a.right(), a.center().y + 8.0);
        let end = start + vec2(34.0, 16.0);
        let color = flow_color(now - at).gamma_multiply(0.8);
        painter.line_segment([start, end], Stroke::new(2.0, color));
        arrow_head(&painter, end, vec2(1.0, 0.47), color, 2.0);
        painter.text(
            end + vec2(4.0, 0.0),
            Align2::LEFT_CENTER,
            format!("? {}", group_digits_for(&t.lang, *amount)),
            FontId::proportional(11.5),
            color,
        );
    }

    // Nodes last, above the arrows.
    let mut clicked = None;
    for node in &nodes {
        let Some((acc, st)) = s.accounts().find(|(a, _)| a.id == node.id) else { continue };
        let id = ui.id().with(("map-node", &node.id));
        let resp = ui.interact(node.rect, id, Sense::click());
        // Named for assistive tools (and the tests that click accounts on the map).
        resp.widget_info(|| {
            egui::WidgetInfo::labeled(egui::WidgetType::Button, true, t.t(&acc.name))
        });
        let is_sel = selected == Some(node.id.as_str());
        let blocked = st.blocked(now);
        // Held or frozen money shows on the whole card, not only in its small tags.
        let fill = if is_sel {
            palette::CARD_HI
        } else if resp.hovered() {
            Color32::from_rgb(0x2f, 0x36, 0x42)
        } else if blocked {
            Color32::from_rgb(0x1f, 0x33, 0x3d)
        } else {
            palette::CARD
        };
        let border = if is_sel {
            Stroke::new(2.0, palette::GOLD)
        } else if blocked {
            Stroke::new(2.0, palette::FREEZE)
        } else if acc.owner == Owner::Victim {
            Stroke::new(1.5, palette::VICTIM)
        } else if acc.cash_out {
            Stroke::new(1.5, palette::BAD)
        } else {
            Stroke::new(1.0, palette::LINE)
        };
        painter.rect_filled(node.rect, CornerRadius::same(8), fill);
        painter.rect_stroke(node.rect, CornerRadius::same(8), border, StrokeKind::Inside);

        let inner = node.rect.shrink2(vec2(8.0, 5.0));
        let name =
            painter.layout_no_wrap(t.t(&acc.name), FontId::proportional(13.5), palette::TEXT);
        let name = fit(&painter, name, t.t(&acc.name), inner.width(), 13.5, palette::TEXT);
        painter.galley(inner.left_top(), name, palette::TEXT);
        let bal_color = if st.balance == 0 { palette::FAINT } else { palette::GOLD };
        painter.text(
            pos2(inner.left(), inner.top() + 18.0),
            Align2::LEFT_TOP,
            group_digits_for(&t.lang, st.balance),
            FontId::proportional(15.0),
            bal_color,
        );
        if node.rect.height() >= 60.0 {
            let tags = status_tags(v, s, &node.id, now);
            let mut x = inner.left();
            let y = inner.bottom() - 15.0;
            for (text, color) in tags {
                let g = painter.layout_no_wrap(text, FontId::proportional(11.0), color);
                let w = g.size().x + 8.0;
                if x + w > inner.right() + 4.0 {
                    break;
                }
                let r = Rect::from_min_size(pos2(x, y), vec2(w, 15.0));
                painter.rect_filled(r, CornerRadius::same(7), color.gamma_multiply(0.18));
                painter.galley(pos2(x + 4.0, y + 1.0), g, color);
                x += w + 4.0;
            }
        }
        let hover = node_hover_text(v, s, &node.id, now);
        if resp.clicked() {
            clicked = Some(node.id.clone());
        }
        resp.on_hover_text(hover);
    }

    // Legend.
    let legend = [
        (palette::VICTIM, t.t("ui-legend-victim")),
        (palette::FREEZE, t.t("ui-legend-held")),
        (palette::BAD, t.t("ui-legend-cashout")),
        (palette::GOLD, t.t("ui-legend-recent")),
    ];
    let mut x = area.left() + 10.0;
    let y = area.bottom() - 16.0;
    for (color, text) in legend {
        painter.circle_filled(pos2(x + 4.0, y), 4.0, color);
        let g = painter.layout_no_wrap(text, FontId::proportional(11.0), palette::DIM);
        let w = g.size().x;
        painter.galley(pos2(x + 12.0, y - 7.0), g, palette::DIM);
        x += w + 28.0;
    }
    clicked
}

/// Recent moves are bright; older ones fade.
fn flow_color(age: Secs) -> Color32 {
    if age < 15 * 60 {
        palette::GOLD
    } else if age < 6 * 3600 {
        palette::WARN.gamma_multiply(0.8)
    } else {
        palette::DIM.gamma_multiply(0.7)
    }
}

fn arrow_between(
    painter: &egui::Painter,
    a: Rect,
    b: Rect,
    color: Color32,
    width: f32,
    label: &str,
    placed: &mut Vec<Rect>,
) {
    let (start, end, c1, c2) = if b.center().x > a.right() {
        let s = pos2(a.right(), a.center().y);
        let e = pos2(b.left(), b.center().y);
        let dx = (e.x - s.x) * 0.45;
        (s, e, s + vec2(dx, 0.0), e - vec2(dx, 0.0))
    } else if b.center().x < a.left() {
        let s = pos2(a.left(), a.center().y);
        let e = pos2(b.right(), b.center().y);
        let dx = (s.x - e.x) * 0.45;
        (s, e, s - vec2(dx, 0.0), e + vec2(dx, 0.0))
    } else {
        // Same column: bow out to the right.
        let s = pos2(a.right(), a.center().y);
        let e = pos2(b.right(), b.center().y);
        let bow = 40.0 + (e.y - s.y).abs() * 0.15;
        (s, e, s + vec2(bow, 0.0), e + vec2(bow, 0.0))
    };
    let curve = CubicBezierShape::from_points_stroke(
        [start, c1, c2, end],
        false,
        Color32::TRANSPARENT,
        Stroke::new(width, color),
    );
    painter.add(Shape::CubicBezier(curve));
    let dir = (end - c2).normalized();
    arrow_head(painter, end, dir, color, width);
    let g = painter.layout_no_wrap(label.to_string(), FontId::proportional(11.5), color);
    let r = label_spot([start, c1, c2, end], g.size() + vec2(8.0, 2.0), placed);
    placed.push(r);
    painter.rect_filled(r, CornerRadius::same(4), palette::BG.gamma_multiply(0.9));
    painter.galley(r.min + vec2(4.0, 1.0), g, color);
}

/// Where an edge's label goes: the middle of the curve, or the first point along it (then
/// just above or below it) where the label covers no other label and no account.
fn label_spot(curve: [Pos2; 4], size: Vec2, placed: &[Rect]) -> Rect {
    let free = |r: &Rect| !placed.iter().any(|p| p.intersects(*r));
    let mut first = None;
    for dy in [0.0, -1.0, 1.0] {
        for t in [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8] {
            let at = curve_point(curve, t) + vec2(0.0, dy * (size.y + 2.0));
            let r = Rect::from_center_size(at, size);
            first.get_or_insert(r);
            if free(&r) {
                return r;
            }
        }
    }
    first.unwrap_or(Rect::from_center_size(curve_point(curve, 0.5), size))
}

fn arrow_head(painter: &egui::Painter, tip: Pos2, dir: Vec2, color: Color32, width: f32) {
    let size = 7.0 + width;
    let back = tip - dir * size;
    let normal = vec2(-dir.y, dir.x) * (size * 0.5);
    painter.add(Shape::convex_polygon(
        vec![tip, back + normal, back - normal],
        color,
        Stroke::NONE,
    ));
}

fn curve_point(p: [Pos2; 4], t: f32) -> Pos2 {
    let u = 1.0 - t;
    let w = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
    let mut out = Vec2::ZERO;
    for (pt, k) in p.iter().zip(w) {
        out += pt.to_vec2() * k;
    }
    out.to_pos2()
}

/// Shorten a name that does not fit, with an ellipsis.
fn fit(
    painter: &egui::Painter,
    galley: std::sync::Arc<egui::Galley>,
    text: String,
    width: f32,
    size: f32,
    color: Color32,
) -> std::sync::Arc<egui::Galley> {
    if galley.size().x <= width {
        return galley;
    }
    let mut chars: Vec<char> = text.chars().collect();
    while chars.len() > 1 {
        chars.pop();
        let s: String = chars.iter().collect::<String>() + "…";
        let g = painter.layout_no_wrap(s, FontId::proportional(size), color);
        if g.size().x <= width {
            return g;
        }
    }
    galley
}

/// Short tags under the balance: holds with countdown, pending orders, following, cash-out.
fn status_tags(v: &View, s: &Session, id: &str, now: Secs) -> Vec<(String, Color32)> {
    let t = v.texts;
    let mut out = Vec::new();
    let Some(st) = s.account_state(id) else { return out };
    let acc = s.scenario().account(id);
    for h in st.active_holds(now) {
        let color = match h.kind {
            HoldKind::StopPayment | HoldKind::ForeignHold => palette::FREEZE,
            HoldKind::Freeze | HoldKind::ForeignFreeze => palette::GOOD,
        };
        out.push((format!("{} {}", short_hold(v, h.kind), v.texts.span(h.until - now)), color));
    }
    if st.stop_pending {
        out.push((t.t("ui-tag-stop-pending"), palette::WARN));
    }
    if st.freeze_pending {
        out.push((t.t("ui-tag-freeze-pending"), palette::WARN));
    }
    if st.return_pending {
        out.push((t.t("ui-tag-return-pending"), palette::GOOD));
    }
    let asked = s.requests().iter().any(|r| {
        r.status == crate::sim::RequestStatus::Pending
            && matches!(&r.target, crate::scenario::Target::Account(a) if a == id)
    });
    if asked {
        out.push((t.t("ui-tag-request-pending"), palette::WARN));
    }
    if st.monitored {
        out.push((t.t("ui-tag-monitored"), palette::INFO));
    }
    if acc.is_some_and(|a| a.cash_out) {
        out.push((t.t("ui-tag-cashout"), palette::BAD));
    }
    out
}

fn short_hold(v: &View, kind: HoldKind) -> String {
    v.texts.t(match kind {
        HoldKind::StopPayment => "ui-tag-stop",
        HoldKind::Freeze => "ui-tag-freeze",
        HoldKind::ForeignHold => "ui-tag-foreign-hold",
        HoldKind::ForeignFreeze => "ui-tag-foreign-freeze",
    })
}

fn node_hover_text(v: &View, s: &Session, id: &str, now: Secs) -> String {
    let t = v.texts;
    let sc = s.scenario();
    let mut lines = Vec::new();
    if let Some(acc) = sc.account(id) {
        lines.push(t.t(&acc.name));
        if let Some(inst) = sc.institution(&acc.institution) {
            lines.push(t.t(&inst.name));
        }
    }
    if let Some(st) = s.account_state(id) {
        for h in st.active_holds(now) {
            lines.push(format!(
                "{}: {} {}",
                t.t(h.kind.msg_id()),
                t.t("ui-expires-in"),
                v.texts.span(h.until - now)
            ));
        }
    }
    lines.push(t.t("ui-map-click-hint"));
    // The terms the account's name uses (跑分, 过桥卡…), explained.
    if let Some(g) = sc.account(id).and_then(|a| super::help::glossary_for(t, &t.t(&a.name))) {
        lines.push(String::new());
        lines.push(g);
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two edges that cross at their middles: the second label moves off the first, and a
    /// label never sits on an account.
    #[test]
    fn labels_on_crossing_edges_do_not_overlap() {
        let down = [pos2(0.0, 0.0), pos2(100.0, 0.0), pos2(100.0, 200.0), pos2(200.0, 200.0)];
        let up = [pos2(0.0, 200.0), pos2(100.0, 200.0), pos2(100.0, 0.0), pos2(200.0, 0.0)];
        let account = Rect::from_min_size(pos2(150.0, 150.0), vec2(60.0, 60.0));
        let size = vec2(60.0, 16.0);
        let mut placed = vec![account];
        let a = label_spot(down, size, &placed);
        placed.push(a);
        let b = label_spot(up, size, &placed);
        assert_eq!(a.center(), curve_point(down, 0.5), "a free middle is kept");
        assert!(!a.intersects(b), "{a:?} and {b:?} overlap");
        assert!(!b.intersects(account) && !a.intersects(account));
    }
}
