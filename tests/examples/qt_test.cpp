// Tests for swr/qt.hpp and examples/qt-create-repo, in real Qt widgets under the offscreen platform: the
// validators' states, the text they write (capitals lowercased, a space as '-'; a tag never rewritten), fixup
// and messages; typing, pasting and deleting in a line edit as a person does (QTest::keyClicks, the clipboard,
// Backspace and Delete: "My Org" typed or pasted gives "my-org", a space in a tag is refused, no deletion is
// refused); the form's text, feedback and button state; screenshots of the form (QWidget::grab) written to
// qt-create-repo-feedback.png (not yet valid) and qt-create-repo.png (valid) in the working directory.
#include <swr/qt.hpp>  // first: the header compiles on its own

#define DOCTEST_CONFIG_IMPLEMENT  // main() below: the QApplication lives exactly as long as the tests

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPixmap>
#include <QString>
#include <QTest>
#include <QValidator>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../test_support.hpp"
#include "create_repo_window.hpp"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  doctest::Context context(argc, argv);
  return context.run();
}

namespace {
std::string utf8(const QString& text) { return text.toStdString(); }

// What validate() says and the text it leaves, as a line edit sees them.
struct validated {
  QValidator::State state;
  std::string text;
};
validated validate(const QValidator& v, const std::string& text) {
  QString input = QString::fromStdString(text);
  int pos = static_cast<int>(input.size());
  const QValidator::State state = v.validate(input, pos);
  CHECK(pos == static_cast<int>(input.size()));  // the text keeps its length, so the cursor stays put
  return {state, utf8(input)};
}
QValidator::State state_of(const QValidator& v, const std::string& text) { return validate(v, text).state; }

bool in_alphabet(char c, swr::name_kind kind) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' ||
         (c == '/' && kind == swr::name_kind::repository);
}

// Puts `text` into `edit` as a paste from the clipboard does (QLineEdit::paste, Ctrl+V).
void paste(QLineEdit* edit, const QString& text) {
  QGuiApplication::clipboard()->setText(text);
  edit->paste();
}
}  // namespace

TEST_CASE("qt: validators say Invalid only for what no name holds, Acceptable exactly for a valid name") {
  const swr::qt::namespace_validator ns;
  const swr::qt::repository_validator repository;
  CHECK(state_of(ns, "my-org") == QValidator::Acceptable);
  CHECK(state_of(ns, "my-") == QValidator::Intermediate);  // a valid prefix, not yet a name
  CHECK(state_of(ns, "") == QValidator::Intermediate);
  CHECK(state_of(ns, "library") == QValidator::Intermediate);  // reserved, but "library-x" is fine
  CHECK(state_of(ns, "1org") == QValidator::Intermediate);     // kept, with the reason; fixup gives "n1org"
  CHECK(state_of(ns, "a.-c") == QValidator::Intermediate);     // what deleting the 'b' of "a.b-c" leaves
  CHECK(state_of(ns, "a/b") == QValidator::Invalid);           // no namespace holds a '/'
  CHECK(state_of(repository, "a/b") == QValidator::Acceptable);
  CHECK(state_of(repository, "a//") == QValidator::Intermediate);
  CHECK(state_of(repository, "caf\xC3\xA9") == QValidator::Invalid);
  CHECK(state_of(repository, "a$b") == QValidator::Invalid);
  CHECK(state_of(ns, std::string(64, 'a')) == QValidator::Acceptable);
  CHECK(state_of(ns, std::string(65, 'a')) == QValidator::Invalid);
  CHECK(state_of(repository, std::string(128, 'a')) == QValidator::Acceptable);
  CHECK(state_of(repository, std::string(129, 'a')) == QValidator::Invalid);

  // Capitals become lowercase; a space becomes '-' where that keeps the text up to it a valid prefix.
  CHECK(validate(ns, "My Org").text == "my-org");
  CHECK(validate(ns, "My Org").state == QValidator::Acceptable);
  CHECK(validate(repository, "Team/App").text == "team/app");
  CHECK(validate(ns, "a  b").text == "a--b");                // a run of '-' is one separator
  CHECK(validate(ns, "a. b").state == QValidator::Invalid);  // "a.-" is no valid prefix: the space stays
  CHECK(validate(ns, " a").state == QValidator::Invalid);    // nor is "-"
  CHECK(validate(ns, std::string(63, 'a') + " ").state == QValidator::Invalid);  // nor a '-' at the limit
  CHECK(validate(ns, "\xC3\x89T\xC3\xA9").text == "\xC3\x89t\xC3\xA9");  // only ASCII capitals: "ÉTé" -> "Été"

  QString text = QString::fromUtf8("Café Ünïcode");
  ns.fixup(text);
  CHECK(utf8(text) == "cafe-unicode");
  QString doubled = "team//app";
  repository.fixup(doubled);
  CHECK(utf8(doubled) == "team/app");
  QString nothing = "!!!";
  ns.fixup(nothing);
  CHECK(utf8(nothing) == "!!!");  // no suggestion: left as it is

  // The position in UTF-16 code units: "é" is 2 bytes but 1 unit.
  const swr::qt::qt_name_check check = repository.check(QString::fromUtf8("\xC3\xA9x"));
  CHECK(check.check.error == swr::name_error::invalid_character);
  CHECK(check.check.position == 0);
  const swr::qt::qt_name_check later = repository.check(QString::fromUtf8("ab\xC3\xA9"));
  CHECK(later.check.position == 2);
  CHECK(later.position == 2);
  const swr::qt::qt_name_check after = repository.check(QString::fromUtf8("x\xF0\x9F\x99\x82y"));  // an emoji
  CHECK(after.check.position == 1);
  CHECK(after.position == 1);
  CHECK(utf8(ns.message("my-")) ==
        std::string(swr::message(swr::name_error::invalid_end, swr::name_kind::namespace_name)));
  CHECK(ns.message("my-org").isEmpty());
}

TEST_CASE("qt: every text of up to 4 characters, against the rule the header states") {
  // Letters of both cases, a digit, the separators, a space, a letter outside ASCII, a character of neither.
  const std::string_view pieces[] = {"a", "Z", "0", ".", "_", "-", "/", " ", "\xC3\xA9", "$"};
  const swr::qt::namespace_validator ns;
  const swr::qt::repository_validator repository;
  std::vector<std::string> texts = {""};
  for (std::size_t begin = 0, length = 1; length <= 4; ++length) {
    const std::size_t end = texts.size();
    for (std::size_t i = begin; i < end; ++i) {
      for (const std::string_view piece : pieces) texts.push_back(texts[i] + std::string(piece));
    }
    begin = end;
  }
  CHECK(texts.size() == 11111);
  const swr::qt::name_validator* const validators[] = {&ns, &repository};
  for (const swr::qt::name_validator* v : validators) {
    for (const std::string& typed : texts) {
      CAPTURE(typed);
      const validated result = validate(*v, typed);
      // The text written: each ASCII capital lowercased, each space '-' exactly where the text up to it,
      // with that '-', is a valid prefix; nothing else changes.
      std::string expected = typed;
      for (std::size_t i = 0; i < expected.size(); ++i) {
        if (expected[i] >= 'A' && expected[i] <= 'Z') expected[i] = static_cast<char>(expected[i] - 'A' + 'a');
        if (expected[i] == ' ' && swr::check_name_prefix(v->kind(), expected.substr(0, i) + "-").ok()) {
          expected[i] = '-';
        }
      }
      REQUIRE(result.text == expected);
      bool holds_only_the_alphabet = true;
      for (const char c : result.text) holds_only_the_alphabet = holds_only_the_alphabet && in_alphabet(c, v->kind());
      const QValidator::State expected_state = !holds_only_the_alphabet ? QValidator::Invalid
                                               : swr::check_name(v->kind(), result.text).ok()
                                                   ? QValidator::Acceptable
                                                   : QValidator::Intermediate;
      REQUIRE(result.state == expected_state);
      // What validate() wrote, validated again (as a line edit does), stays as it is.
      const validated again = validate(*v, result.text);
      REQUIRE(again.text == result.text);
      REQUIRE(again.state == result.state);
    }
  }
}

TEST_CASE("qt: typing, pasting and deleting in a line edit, as a person does") {
  QLineEdit edit;
  edit.setValidator(new swr::qt::namespace_validator(&edit));
  edit.show();

  QTest::keyClicks(&edit, "My Org");
  CHECK(utf8(edit.text()) == "my-org");
  CHECK(edit.cursorPosition() == 6);
  CHECK(edit.hasAcceptableInput());

  edit.clear();
  paste(&edit, "My Org");
  CHECK(utf8(edit.text()) == "my-org");
  CHECK(edit.hasAcceptableInput());
  paste(&edit, QString::fromUtf8(" Café"));  // 'é' is in no name: the paste is refused, the text stays
  CHECK(utf8(edit.text()) == "my-org");

  edit.clear();
  QTest::keyClicks(&edit, "myorg");
  edit.setCursorPosition(2);
  QTest::keyClick(&edit, Qt::Key_Space);  // in the middle, too
  CHECK(utf8(edit.text()) == "my-org");
  CHECK(edit.cursorPosition() == 3);
  QTest::keyClicks(&edit, "/");  // no namespace holds a '/': refused
  CHECK(utf8(edit.text()) == "my-org");

  // Deleting the 'b' of "a.b-c", with Backspace, Delete or a selection: the text stays, with the reason.
  const auto* validator = static_cast<const swr::qt::name_validator*>(edit.validator());
  for (const Qt::Key key : {Qt::Key_Backspace, Qt::Key_Delete}) {
    for (const bool selected : {false, true}) {
      const int key_code = key;
      CAPTURE(key_code);
      CAPTURE(selected);
      edit.clear();
      QTest::keyClicks(&edit, "a.b-c");
      REQUIRE(edit.hasAcceptableInput());
      if (selected) {
        edit.setSelection(2, 1);
      } else {
        edit.setCursorPosition(key == Qt::Key_Backspace ? 3 : 2);
      }
      QTest::keyClick(&edit, key);
      CHECK(utf8(edit.text()) == "a.-c");
      CHECK(edit.cursorPosition() == 2);
      CHECK_FALSE(edit.hasAcceptableInput());
      const swr::qt::qt_name_check problem = validator->check(edit.text());
      CHECK(problem.check == swr::name_check{swr::name_error::adjacent_separators, 2});
      CHECK(problem.position == 2);
      CHECK(utf8(validator->message(edit.text())) ==
            std::string(swr::message(swr::name_error::adjacent_separators, swr::name_kind::namespace_name)));
    }
  }
  // A deletion from a text that already has a problem is not refused either, though "a.-" is also what
  // typing '-' after "a." gives.
  edit.end(false);
  QTest::keyClick(&edit, Qt::Key_Backspace);
  CHECK(utf8(edit.text()) == "a.-");
  QTest::keyClick(&edit, Qt::Key_Return);  // editing finished: fixup() puts in the suggestion
  CHECK(utf8(edit.text()) == "a");
  CHECK(edit.hasAcceptableInput());
  // Nor from a text set by the program that holds a character no name holds: a QLineEdit never undoes an
  // edit of a text that was already Invalid.
  edit.setText(QString::fromUtf8("caf\xC3\xA9s"));
  QTest::keyClick(&edit, Qt::Key_Backspace);
  CHECK(utf8(edit.text()) == "caf\xC3\xA9");
  QTest::keyClick(&edit, Qt::Key_Backspace);
  CHECK(utf8(edit.text()) == "caf");
  CHECK(edit.hasAcceptableInput());
}

TEST_CASE("qt: no deletion is ever refused, from any name of up to 5 characters, down to the empty text") {
  const std::string_view alphabet = "a0._-/";
  std::uint64_t state = 0x9E3779B97F4A7C15u;
  const auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (const swr::name_kind kind : {swr::name_kind::namespace_name, swr::name_kind::repository}) {
    QLineEdit edit;
    if (kind == swr::name_kind::namespace_name) {
      edit.setValidator(new swr::qt::namespace_validator(&edit));
    } else {
      edit.setValidator(new swr::qt::repository_validator(&edit));
    }
    std::vector<std::string> names;
    std::vector<std::string> texts = {""};
    for (std::size_t begin = 0, length = 1; length <= 5; ++length) {
      const std::size_t end = texts.size();
      for (std::size_t i = begin; i < end; ++i) {
        for (const char c : alphabet) {
          texts.push_back(texts[i] + c);
          if (swr::check_name(kind, texts.back()).ok()) names.push_back(texts.back());
        }
      }
      begin = end;
    }
    CHECK(names.size() > 150);
    for (const std::string& name : names) {
      CAPTURE(name);
      edit.setText(QString::fromStdString(name));
      REQUIRE(edit.hasAcceptableInput());
      std::string expected = name;
      while (!expected.empty()) {
        const auto at = static_cast<int>(next() % expected.size());
        const bool backspace = next() % 2 == 0;
        edit.setCursorPosition(backspace ? at + 1 : at);
        QTest::keyClick(&edit, backspace ? Qt::Key_Backspace : Qt::Key_Delete);
        expected.erase(static_cast<std::size_t>(at), 1);
        REQUIRE(utf8(edit.text()) == expected);
        REQUIRE(edit.hasAcceptableInput() == swr::check_name(kind, expected).ok());
      }
    }
  }
}

namespace {
bool is_tag_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}
}  // namespace

TEST_CASE("qt: tag_validator keeps the text, refuses a space, and is Acceptable exactly for a valid tag") {
  const swr::qt::tag_validator tag;
  for (const char* text : {"v1.2", "latest", "V1.2.3-RC.1", "_build", "1", "x..y", "x--", "LATEST"}) {
    CAPTURE(text);
    const validated v = validate(tag, text);
    CHECK(v.state == QValidator::Acceptable);
    CHECK(v.text == text);  // capitals stay: a tag is not lowercased
  }
  CHECK(state_of(tag, std::string(128, 'A')) == QValidator::Acceptable);
  CHECK(state_of(tag, std::string(129, 'A')) == QValidator::Invalid);  // over 128: no deletion-free fix
  CHECK(state_of(tag, "") == QValidator::Intermediate);
  CHECK(state_of(tag, ".v1") == QValidator::Intermediate);  // what deleting the 'v' of "v.v1" leaves
  CHECK(state_of(tag, "-") == QValidator::Intermediate);
  CHECK(state_of(tag, "-" + std::string(127, 'a')) == QValidator::Intermediate);
  // A space is a character no tag holds, as are '+', ':', '/', '@' and anything outside ASCII; nothing is rewritten.
  for (const char* text :
       {"v1 beta", " ", "v1 ", "v1+build", "v1:2", "a/b", "v1@x", "caf\xC3\xA9", "\xC3\x89T\xC3\xA9"}) {
    CAPTURE(text);
    const validated v = validate(tag, text);
    CHECK(v.state == QValidator::Invalid);
    CHECK(v.text == text);
  }

  // fixup() drops what starts the text other than a tag may (leading '.' and '-'), when a tag is left.
  const auto fixed = [&tag](const std::string& text) {
    QString input = QString::fromStdString(text);
    tag.fixup(input);
    return utf8(input);
  };
  CHECK(fixed(".v1") == "v1");
  CHECK(fixed("-.-RC1") == "RC1");
  CHECK(fixed("._x") == "_x");
  CHECK(fixed("V1") == "V1");
  CHECK(fixed("") == "");          // no sensible suggestion: left as it is
  CHECK(fixed("..-") == "..-");    // nothing left
  CHECK(fixed(".v 1") == ".v 1");  // what is left is no tag either
  CHECK(fixed("v 1") == "v 1");
  CHECK(fixed("-" + std::string(128, 'a')) == std::string(128, 'a'));
  CHECK(fixed("-" + std::string(129, 'a')) == "-" + std::string(129, 'a'));  // what is left is too long: not cut

  // check() and message(): the tag's diagnosis and sentence, the position in UTF-16 code units.
  CHECK(tag.check("V1").check.ok());
  CHECK(tag.message("V1").isEmpty());
  CHECK(tag.check(".v1").check == swr::name_check{swr::name_error::invalid_start, 0});
  CHECK(utf8(tag.message(".v1")) == std::string(swr::tag_message(swr::name_error::invalid_start)));
  CHECK(utf8(tag.message("")) == std::string(swr::tag_message(swr::name_error::empty)));
  CHECK(utf8(tag.message("v1 beta")) == std::string(swr::tag_message(swr::name_error::invalid_character)));
  CHECK(tag.check("v1 beta").position == 2);
  const swr::qt::qt_name_check after_e = tag.check(QString::fromUtf8("\xC3\xA9\xC3\xA9x y"));  // "ééx y"
  CHECK(after_e.check == swr::name_check{swr::name_error::invalid_character, 0});
  const swr::qt::qt_name_check emoji = tag.check(QString::fromUtf8("v\xF0\x9F\x99\x82"));  // v then an emoji
  CHECK(emoji.check.position == 1);
  CHECK(emoji.position == 1);
}

TEST_CASE("qt: too_long points at the character that crosses the limit, never inside one") {
  const swr::qt::tag_validator tag;
  // 127 'a' and 'é' (2 bytes): byte 128 is the second byte of 'é', which is at index 127.
  const swr::qt::qt_name_check e = tag.check(QString::fromUtf8(std::string(127, 'a') + "\xC3\xA9"));
  CHECK(e.check == swr::name_check{swr::name_error::too_long, 128});
  CHECK(e.position == 127);
  // 126 'a' and an emoji (4 bytes, 2 UTF-16 units): byte 128 is inside it; the index is its first unit, 126.
  const QString emoji = QString::fromUtf8(std::string(126, 'a') + "\xF0\x9F\x99\x82");
  const swr::qt::qt_name_check inside = tag.check(emoji);
  CHECK(inside.check == swr::name_check{swr::name_error::too_long, 128});
  CHECK(inside.position == 126);
  CHECK(emoji.at(126).isHighSurrogate());
  // Likewise for names; when the limit is a character's first byte, that character.
  const swr::qt::namespace_validator ns;
  CHECK(ns.check(QString::fromUtf8(std::string(63, 'a') + "\xC3\xA9")).position == 63);
  CHECK(ns.check(QString::fromUtf8(std::string(64, 'a') + "\xC3\xA9")).position == 64);
  CHECK(tag.check(QString::fromStdString(std::string(129, 'a'))).position == 128);
}

TEST_CASE("qt: tag_validator on every text of up to 4 characters, against the rule the header states") {
  const std::string_view pieces[] = {"a", "Z", "0", ".", "_", "-", "/", " ", "\xC3\xA9", "$"};
  const swr::qt::tag_validator tag;
  std::vector<std::string> texts = {""};
  for (std::size_t begin = 0, length = 1; length <= 4; ++length) {
    const std::size_t end = texts.size();
    for (std::size_t i = begin; i < end; ++i) {
      for (const std::string_view piece : pieces) texts.push_back(texts[i] + std::string(piece));
    }
    begin = end;
  }
  CHECK(texts.size() == 11111);
  std::size_t acceptable = 0;
  for (const std::string& typed : texts) {
    CAPTURE(typed);
    const validated result = validate(tag, typed);
    REQUIRE(result.text == typed);  // never rewritten
    bool only_tag_characters = true;
    for (const char c : typed) only_tag_characters = only_tag_characters && is_tag_character(c);
    // Invalid: a character no tag holds. Intermediate: the empty text, or one that starts with '.' or '-'.
    const QValidator::State expected = !only_tag_characters                                  ? QValidator::Invalid
                                       : typed.empty() || typed[0] == '.' || typed[0] == '-' ? QValidator::Intermediate
                                                                                             : QValidator::Acceptable;
    REQUIRE(result.state == expected);
    REQUIRE((result.state == QValidator::Acceptable) == swr::is_valid_tag(typed));
    if (result.state == QValidator::Acceptable) ++acceptable;
  }
  CHECK(acceptable == 4 * (1 + 6 + 36 + 216));  // 'a', 'Z', '0', '_' first, then any of the six
}

TEST_CASE("qt: typing, pasting and deleting a tag in a line edit, as a person does") {
  QLineEdit edit;
  edit.setValidator(new swr::qt::tag_validator(&edit));
  edit.show();
  const auto* validator = static_cast<const swr::qt::tag_validator*>(edit.validator());

  QTest::keyClicks(&edit, "V1.2-RC");
  CHECK(utf8(edit.text()) == "V1.2-RC");  // capitals stay
  CHECK(edit.hasAcceptableInput());
  QTest::keyClicks(&edit, " 1");  // the space is refused, the '1' is typed
  CHECK(utf8(edit.text()) == "V1.2-RC1");
  CHECK(edit.cursorPosition() == 8);

  edit.clear();
  paste(&edit, "Latest");
  CHECK(utf8(edit.text()) == "Latest");
  CHECK(edit.hasAcceptableInput());
  paste(&edit, "v2 beta");  // a space: the whole paste is refused
  CHECK(utf8(edit.text()) == "Latest");
  paste(&edit, QString::fromUtf8("\xC3\xA9"));
  CHECK(utf8(edit.text()) == "Latest");
  edit.clear();
  paste(&edit, QString(129, QLatin1Char('a')));  // over 128: refused
  CHECK(edit.text().isEmpty());
  paste(&edit, QString(128, QLatin1Char('a')));
  CHECK(edit.hasAcceptableInput());
  QTest::keyClicks(&edit, "b");  // a 129th character: refused
  CHECK(edit.text() == QString(128, QLatin1Char('a')));

  // Deleting the first character of "v.1", with Backspace, Delete or a selection, leaves ".1": kept, with the reason.
  for (const Qt::Key key : {Qt::Key_Backspace, Qt::Key_Delete}) {
    for (const bool selected : {false, true}) {
      const int key_code = key;
      CAPTURE(key_code);
      CAPTURE(selected);
      edit.clear();
      QTest::keyClicks(&edit, "v.1");
      REQUIRE(edit.hasAcceptableInput());
      if (selected) {
        edit.setSelection(0, 1);
      } else {
        edit.setCursorPosition(key == Qt::Key_Backspace ? 1 : 0);
      }
      QTest::keyClick(&edit, key);
      CHECK(utf8(edit.text()) == ".1");
      CHECK(edit.cursorPosition() == 0);
      CHECK_FALSE(edit.hasAcceptableInput());
      const swr::qt::qt_name_check problem = validator->check(edit.text());
      CHECK(problem.check == swr::name_check{swr::name_error::invalid_start, 0});
      CHECK(problem.position == 0);
      CHECK(utf8(validator->message(edit.text())) == std::string(swr::tag_message(swr::name_error::invalid_start)));
    }
  }
  QTest::keyClicks(&edit, "-");  // typing at the start of an Intermediate text is not refused either
  CHECK(utf8(edit.text()) == "-.1");
  QTest::keyClick(&edit, Qt::Key_Return);  // editing finished: fixup() drops the leading '-' and '.'
  CHECK(utf8(edit.text()) == "1");
  CHECK(edit.hasAcceptableInput());
  edit.setText("..");
  QTest::keyClick(&edit, Qt::Key_Return);  // nothing sensible to suggest: the text stays
  CHECK(utf8(edit.text()) == "..");
  // A text set by the program that holds a character no tag holds: deletions are not refused.
  edit.setText("v1 b");
  edit.end(false);
  QTest::keyClick(&edit, Qt::Key_Backspace);
  CHECK(utf8(edit.text()) == "v1 ");
  QTest::keyClick(&edit, Qt::Key_Backspace);
  CHECK(utf8(edit.text()) == "v1");
  CHECK(edit.hasAcceptableInput());
}

TEST_CASE("qt: no deletion is ever refused, from any tag of up to 4 characters, down to the empty text") {
  const std::string_view alphabet = "aZ0._-";
  std::uint64_t state = 0x9E3779B97F4A7C15u;
  const auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  QLineEdit edit;
  edit.setValidator(new swr::qt::tag_validator(&edit));
  std::vector<std::string> tags;
  std::vector<std::string> texts = {""};
  for (std::size_t begin = 0, length = 1; length <= 4; ++length) {
    const std::size_t end = texts.size();
    for (std::size_t i = begin; i < end; ++i) {
      for (const char c : alphabet) {
        texts.push_back(texts[i] + c);
        if (swr::is_valid_tag(texts.back())) tags.push_back(texts.back());
      }
    }
    begin = end;
  }
  CHECK(tags.size() == 4 * (1 + 6 + 36 + 216));
  for (const std::string& tag : tags) {
    CAPTURE(tag);
    edit.setText(QString::fromStdString(tag));
    REQUIRE(edit.hasAcceptableInput());
    std::string expected = tag;
    while (!expected.empty()) {
      const auto at = static_cast<int>(next() % expected.size());
      const bool backspace = next() % 2 == 0;
      edit.setCursorPosition(backspace ? at + 1 : at);
      QTest::keyClick(&edit, backspace ? Qt::Key_Backspace : Qt::Key_Delete);
      expected.erase(static_cast<std::size_t>(at), 1);
      REQUIRE(utf8(edit.text()) == expected);
      REQUIRE(edit.hasAcceptableInput() == swr::is_valid_tag(expected));
    }
  }
}

TEST_CASE("qt: typing into the form gives the expected text, feedback and button state; screenshots") {
  swr_qt_example::create_repo_window window;
  window.resize(640, 720);
  window.show();
  CHECK_FALSE(window.create_button->isEnabled());

  QTest::keyClicks(window.namespace_edit, "My Org");
  CHECK(utf8(window.namespace_edit->text()) == "my-org");
  CHECK(window.namespace_feedback->text().isEmpty());
  QTest::keyClicks(window.repository_edit, "Team//App");
  CHECK(utf8(window.repository_edit->text()) == "team//app");  // kept, with the reason under the field
  CHECK(utf8(window.repository_feedback->text()) ==
        std::string(swr::message(swr::name_error::adjacent_separators, swr::name_kind::repository)));
  CHECK(window.grab().save("qt-create-repo-feedback.png"));  // what a person sees while the form is not valid
  QTest::keyClick(window.repository_edit, Qt::Key_Return);   // editing finished: the suggestion
  CHECK(utf8(window.repository_edit->text()) == "team/app");
  CHECK(window.repository_feedback->text().isEmpty());
  window.repository_edit->clear();
  QTest::keyClicks(window.repository_edit, "Team/App");
  CHECK(utf8(window.repository_edit->text()) == "team/app");
  CHECK(utf8(window.token_feedback->text()) ==
        std::string(swr::message(swr::error{swr::error_code::empty, swr::field::token, 0})));
  CHECK_FALSE(window.create_button->isEnabled());

  window.region_box->setCurrentText("cn-north-4");
  QTest::keyClicks(window.token_edit, "MIIEXAMPLE-token_123");
  window.category_box->setCurrentText("linux");
  QTest::keyClicks(window.description_edit, "web front");
  window.public_box->setChecked(true);
  CHECK(window.token_feedback->text().isEmpty());
  CHECK(window.create_button->isEnabled());
  const std::string preview = utf8(window.preview->toPlainText());
  CHECK(preview.rfind("POST /v2/manage/namespaces/my-org/repos HTTP/1.1", 0) ==
        0);  // the editor shows CRLF as a line end
  CHECK(preview.find("X-Auth-Token: <redacted>") != std::string::npos);
  CHECK(preview.find("MIIEXAMPLE") == std::string::npos);  // the secret is never shown
  CHECK(preview.find(R"({"repository":"team$app","is_public":true,"category":"linux","description":"web front"})") !=
        std::string::npos);
  QString sent;
  window.on_create = [&sent](const QString& message) { sent = message; };
  QTest::mouseClick(window.create_button, Qt::LeftButton);
  CHECK(utf8(sent).find("X-Auth-Token: MIIEXAMPLE-token_123") != std::string::npos);

  // An invalid description disables the button again, and says why under the field.
  window.description_edit->setPlainText(QString(30001, 'x'));
  CHECK_FALSE(window.create_button->isEnabled());
  CHECK_FALSE(window.description_feedback->text().isEmpty());
  window.description_edit->setPlainText("web front");
  CHECK(window.create_button->isEnabled());

  // So does a deletion that leaves the organization invalid: the field keeps it, and says why.
  window.namespace_edit->setSelection(0, 2);
  QTest::keyClick(window.namespace_edit, Qt::Key_Delete);
  CHECK(utf8(window.namespace_edit->text()) == "-org");
  CHECK(utf8(window.namespace_feedback->text()) ==
        std::string(swr::message(swr::name_error::invalid_start, swr::name_kind::namespace_name)));
  CHECK_FALSE(window.create_button->isEnabled());
  QTest::keyClicks(window.namespace_edit, "My");  // where the deletion left the cursor
  CHECK(utf8(window.namespace_edit->text()) == "my-org");
  CHECK(window.create_button->isEnabled());

  // What a person sees once it is.
  const QPixmap shot = window.grab();
  CHECK(shot.width() > 0);
  CHECK(shot.save("qt-create-repo.png"));
}
