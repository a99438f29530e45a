import Mustache

/// What `directory.mustache` draws: every tag, service or owner with its counts,
/// one row each, split over pages like the incident list.
struct DirectoryPageModel: MustacheParent {
    /// `Tags`, `Services`, `Owners`.
    var heading: String
    var lede: String
    /// The first column's header: `Tag`.
    var nameHeader: String
    var headers: [Header]
    var rows: [Row]
    var pagination: Pagination.Links?

    var hasRows: Bool { !rows.isEmpty }

    /// A sortable column: `number`, `ratio` (`3/4`) or `text`, as `site.js` sorts them.
    struct Header: MustacheParent {
        var label: String
        var sort: String

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "sort": sort
            default: nil
            }
        }
    }

    /// One tag, service or owner; `url` is its page when it has one.
    struct Row: MustacheParent {
        var name: String
        var url: String?
        var cells: [Cell]

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "url": url
            case "cells": cells
            default: nil
            }
        }
    }

    /// A figure and, when its text does not sort (`1h 8m`), the value it sorts by.
    struct Cell: MustacheParent {
        var text: String
        var value: String?
        /// The column's header, which labels the cell where the table reads as blocks (phones).
        var label = ""

        func child(named name: String) -> Any? {
            switch name {
            case "text": text
            case "value": value
            case "label": label
            default: nil
            }
        }
    }

    /// Each row's cells labelled with their column's header.
    var labelled: DirectoryPageModel {
        var model = self
        model.rows = rows.map { row in
            var row = row
            row.cells = zip(row.cells, headers).map { cell, header in
                var cell = cell
                cell.label = header.label
                return cell
            }
            return row
        }
        return model
    }

    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "lede": lede
        case "nameHeader": nameHeader
        case "headers": headers
        case "rows": rows
        case "hasRows": hasRows
        case "pagination": pagination
        default: nil
        }
    }
}
