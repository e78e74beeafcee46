// SPDX-License-Identifier: MIT
// swrkit 0.5.0 — the optional integration swr/qt.hpp, in one file; it includes the swr.hpp beside it.
//
// swrkit validates Huawei Cloud SWR organization (namespace) and repository names and builds, without I/O,
// the request that creates a repository (POST /v2/manage/namespaces/{namespace}/repos). The rules it
// implements are documented in the swrkit repository, in docs/names.md, docs/api.md and docs/regions.md.
//
// GENERATED FILE — DO NOT EDIT. It is made from the headers in include/swr/ by scripts/amalgamate.cmake;
// change those, then run `cmake -P scripts/amalgamate.cmake`.
//
// MIT License
//
// Copyright (c) 2026 the swrkit authors
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.

// ---- swr/qt.hpp ----
// swrkit — QValidators for Qt 6 (or 5) line edits: the as-you-type name checks where people type.
//
//   auto* edit = new QLineEdit;
//   edit->setValidator(new swr::qt::namespace_validator(edit));
//
// validate() says Invalid when the text is not a valid prefix (so a QLineEdit refuses the keystroke),
// Intermediate when it is a valid prefix but not yet a valid name, and Acceptable when it is a valid name;
// fixup() replaces the text with swrkit's suggestion, when there is one. check() and message() give the
// diagnosis for a tooltip or a status line, with the position in the QString (UTF-16 code units).
// The validators have no Q_OBJECT (no signals or slots of their own), so no moc is needed: this header works
// in any build system. It is optional, like fmt.hpp, and the only header of swrkit that includes Qt.
#ifndef SWR_QT_HPP
#define SWR_QT_HPP

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QValidator>
#include <string_view>

#include "swr.hpp"  // the rest of swrkit, from this folder
#if SWRKIT_VERSION_MAJOR != 0 || SWRKIT_VERSION_MINOR != 5 || SWRKIT_VERSION_PATCH != 0
#error "this file belongs to swrkit 0.5.0, but the swr.hpp beside it is another version"
#endif

namespace swr {
inline namespace SWRKIT_ABI_NAMESPACE {
namespace qt {

/// A name check with the position also in UTF-16 code units, the unit of QString and of a line edit's cursor.
struct qt_name_check {
  name_check check;  ///< the error and its byte position in the UTF-8 text
  int position = 0;  ///< the same position as an index into the QString
};

/// The validator of one kind of name; namespace_validator and repository_validator fix the kind.
class name_validator : public QValidator {
 public:
  explicit name_validator(name_kind kind, QObject* parent = nullptr) : QValidator(parent), kind_(kind) {}

  name_kind kind() const noexcept { return kind_; }

  State validate(QString& input, int& /*pos*/) const override {
    const QByteArray utf8 = input.toUtf8();
    const std::string_view text(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    if (!check_name_prefix(kind_, text).ok()) return Invalid;
    return check_name(kind_, text).ok() ? Acceptable : Intermediate;
  }

  void fixup(QString& input) const override {
    const QByteArray utf8 = input.toUtf8();
    char buffer[repository_max_length];
    const std::size_t size = suggest_name(
        kind_, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), buffer, sizeof buffer);
    if (size > 0) input = QString::fromUtf8(buffer, static_cast<int>(size));
  }

  /// The check of the complete name, with its position in `text`'s UTF-16 code units.
  qt_name_check check(const QString& text) const {
    const QByteArray utf8 = text.toUtf8();
    qt_name_check result;
    result.check = check_name(kind_, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    const auto bytes = static_cast<int>(result.check.position < static_cast<std::size_t>(utf8.size())
                                            ? result.check.position
                                            : static_cast<std::size_t>(utf8.size()));
    result.position = static_cast<int>(QString::fromUtf8(utf8.constData(), bytes).size());
    return result;
  }

  /// The sentence for `text` ("" when it is a valid name), for a tooltip or a status line.
  QString message(const QString& text) const {
    const name_check c = check(text).check;
    return c.ok() ? QString() : QString::fromUtf8(swr::message(c.error, kind_).data());
  }

 private:
  name_kind kind_;
};

/// Organization (namespace) names, 1-64 bytes.
class namespace_validator : public name_validator {
 public:
  explicit namespace_validator(QObject* parent = nullptr) : name_validator(name_kind::namespace_name, parent) {}
};

/// Repository names, 1-128 bytes, '/' allowed.
class repository_validator : public name_validator {
 public:
  explicit repository_validator(QObject* parent = nullptr) : name_validator(name_kind::repository, parent) {}
};

}  // namespace qt
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_QT_HPP
