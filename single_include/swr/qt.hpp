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
// swrkit — QValidators for Qt 6 (or 5) line edits: the as-you-type name and tag checks where people type.
//
//   auto* edit = new QLineEdit;
//   edit->setValidator(new swr::qt::namespace_validator(edit));
//
// validate() first writes the text as a name has it: ASCII capitals become lowercase, and a space becomes '-'
// where that keeps the text up to it a valid prefix ("My Org", typed or pasted, gives "my-org"). Then it says
//   - Acceptable exactly when the text is a valid name;
//   - Invalid, so that a QLineEdit refuses the edit, only when the text holds a character that no name of
//     its kind holds (outside a-z 0-9 . _ -, and / in a repository) or is longer than the kind's maximum;
//   - Intermediate otherwise: the field keeps the text, and check() and message() say what is wrong, where.
// So no deletion is ever refused: it adds no character and no length (deleting the 'b' of "a.b-c" leaves
// "a.-c", adjacent_separators at 2), and a QLineEdit never undoes an edit of a text already Invalid.
// Refusing more would refuse deletions too: a validator sees only the new text and cursor, and typing '-'
// after "a." and deleting the 'c' of "a.-c" both give "a.-" with the cursor at the end.
// validate() never changes the text's length, so the cursor stays where it was.
// fixup(), which a QLineEdit calls when editing finishes (Return, focus leaving) on an Intermediate text,
// replaces the text with swrkit's suggestion, when there is one: "team//app" becomes "team/app".
// check() and message() give the diagnosis for a tooltip or a status line, with the position in the QString
// (UTF-16 code units): that of the character holding the offending byte.
//
// tag_validator does the same for an image tag (reference.hpp: 1-128 of A-Z a-z 0-9 _ . -, not starting with
// '.' or '-'), with three differences. It never changes the text: a tag may hold capitals ("V1.2-RC"). A space
// is a character no tag holds, so it is refused like any other: unlike in an organization's name, nothing tells
// which separator a person means by it ("v1 2": "v1-2", "v1.2" or "v1_2" are different tags). And Intermediate
// is only the empty text and one that starts with '.' or '-', since a tag has no end or separator rules; fixup()
// drops those leading '.' and '-' when what is left is a tag (".v1" becomes "v1"), and otherwise leaves the text.
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

}  // namespace qt

namespace detail {
// Runs `check_text` on the UTF-8 form of `text` and finds the diagnosis's byte in the QString: the index of the
// character that holds it (a too_long limit may fall inside a character, even between a surrogate pair's units).
template <class Check>
qt::qt_name_check check_qstring(const QString& text, Check check_text) {
  const QByteArray utf8 = text.toUtf8();
  qt::qt_name_check result;
  result.check = check_text(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
  qsizetype bytes = utf8.size();
  if (result.check.position < static_cast<std::size_t>(bytes)) bytes = static_cast<qsizetype>(result.check.position);
  while (bytes > 0 && bytes < utf8.size() && (static_cast<unsigned char>(utf8.constData()[bytes]) & 0xC0U) == 0x80U) {
    --bytes;  // back to the first byte of the character (toUtf8 gives well-formed UTF-8)
  }
  result.position = static_cast<int>(QString::fromUtf8(utf8.constData(), static_cast<int>(bytes)).size());
  return result;
}
}  // namespace detail

namespace qt {

// A header-only library has no translation unit of its own to hold the validators' vtables: each user's
// translation unit emits them (merged at link time), which is what Clang's -Wweak-vtables reports.
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wweak-vtables"
#endif

/// The validator of one kind of name; namespace_validator and repository_validator fix the kind.
class name_validator : public QValidator {
 public:
  explicit name_validator(name_kind kind, QObject* parent = nullptr) : QValidator(parent), kind_(kind) {}

  name_kind kind() const noexcept { return kind_; }

  State validate(QString& input, int& /*pos*/) const override {
    // Past the maximum no text can be a name, and each space below costs a prefix check of the text before it.
    if (static_cast<std::size_t>(input.size()) > max_length(kind_)) return Invalid;
    for (qsizetype i = 0; i < input.size(); ++i) {
      const char16_t c = input[i].unicode();
      if (c >= u'A' && c <= u'Z') {
        input[i] = QChar(c - u'A' + u'a');
      } else if (c == u' ' && continues_with_hyphen(input.left(i))) {
        input[i] = QLatin1Char('-');
      }
    }
    for (const QChar c : input) {
      if (!in_alphabet(c.unicode())) return Invalid;
    }
    const QByteArray ascii = input.toLatin1();
    return check_name(kind_, std::string_view(ascii.constData(), static_cast<std::size_t>(ascii.size()))).ok()
               ? Acceptable
               : Intermediate;
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
    return detail::check_qstring(text, [this](std::string_view name) { return check_name(kind_, name); });
  }

  /// The sentence for `text` ("" when it is a valid name), for a tooltip or a status line.
  QString message(const QString& text) const {
    const name_check c = check(text).check;
    return c.ok() ? QString() : QString::fromUtf8(swr::message(c.error, kind_).data());
  }

 private:
  bool in_alphabet(char16_t c) const noexcept {
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-' ||
           (c == u'/' && kind_ == name_kind::repository);
  }

  // Whether `before`, then a '-', is a valid prefix.
  bool continues_with_hyphen(const QString& before) const {
    const QByteArray utf8 = (before + QLatin1Char('-')).toUtf8();
    return check_name_prefix(kind_, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size()))).ok();
  }

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

/// Image tags, 1-128 bytes; capitals allowed and kept.
class tag_validator : public QValidator {
 public:
  explicit tag_validator(QObject* parent = nullptr) : QValidator(parent) {}

  State validate(QString& input, int& /*pos*/) const override {
    if (static_cast<std::size_t>(input.size()) > tag_max_length) return Invalid;
    for (const QChar c : input) {
      // Every tag character is ASCII, so the text's bytes are then its UTF-16 units, and Latin-1 is UTF-8.
      if (c.unicode() > 0x7F || !detail::is_tag_char(static_cast<char>(c.unicode()))) return Invalid;
    }
    const QByteArray ascii = input.toLatin1();
    return is_valid_tag(std::string_view(ascii.constData(), static_cast<std::size_t>(ascii.size()))) ? Acceptable
                                                                                                     : Intermediate;
  }

  void fixup(QString& input) const override {
    qsizetype start = 0;
    while (start < input.size() && (input.at(start) == QLatin1Char('.') || input.at(start) == QLatin1Char('-')))
      ++start;
    const QString rest = input.mid(start);
    if (start > 0 && check(rest).check.ok()) input = rest;
  }

  /// The check of the complete tag, with its position in `text`'s UTF-16 code units.
  qt_name_check check(const QString& text) const { return detail::check_qstring(text, check_tag); }

  /// The sentence for `text` ("" when it is a valid tag), for a tooltip or a status line.
  QString message(const QString& text) const {
    const name_check c = check(text).check;
    return c.ok() ? QString() : QString::fromUtf8(tag_message(c.error).data());
  }
};

#if defined(__clang__)
#pragma clang diagnostic pop
#endif

}  // namespace qt
}  // namespace SWRKIT_ABI_NAMESPACE
}  // namespace swr

#endif  // SWR_QT_HPP
