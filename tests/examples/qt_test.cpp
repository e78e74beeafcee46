// Tests for swr/qt.hpp and examples/qt-create-repo, in real Qt widgets under the offscreen platform: the
// validators' states, fixup and messages; typing into the form (QTest::keyClicks) gives the expected text,
// feedback and button state ("My Org" typed into the organization leaves "yrg"); a screenshot of the form
// (QWidget::grab) is written to qt-create-repo-feedback.png (not yet valid) and qt-create-repo.png (valid) in the
// working directory.
#include <swr/qt.hpp>  // first: the header compiles on its own

#define DOCTEST_CONFIG_IMPLEMENT  // main() below: the QApplication lives exactly as long as the tests

#include <QApplication>
#include <QPixmap>
#include <QString>
#include <QTest>
#include <QValidator>
#include <string>

#include "../test_support.hpp"
#include "create_repo_window.hpp"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  doctest::Context context(argc, argv);
  return context.run();
}

namespace {
QValidator::State state_of(const QValidator& v, QString text) {
  int pos = 0;
  return v.validate(text, pos);
}

std::string utf8(const QString& text) { return text.toStdString(); }
}  // namespace

TEST_CASE("qt: validators say Invalid, Intermediate or Acceptable, as the prefix and full checks do") {
  const swr::qt::namespace_validator ns;
  const swr::qt::repository_validator repository;
  CHECK(state_of(ns, "my-org") == QValidator::Acceptable);
  CHECK(state_of(ns, "my-") == QValidator::Intermediate);  // a valid prefix, not yet a name
  CHECK(state_of(ns, "") == QValidator::Intermediate);
  CHECK(state_of(ns, "library") == QValidator::Intermediate);  // reserved, but "library-x" is fine
  CHECK(state_of(ns, "My") == QValidator::Invalid);
  CHECK(state_of(ns, "1org") == QValidator::Invalid);
  CHECK(state_of(ns, "a/b") == QValidator::Invalid);
  CHECK(state_of(repository, "a/b") == QValidator::Acceptable);
  CHECK(state_of(repository, "a//") == QValidator::Invalid);
  CHECK(state_of(repository, QString::fromUtf8("caf\xC3\xA9")) == QValidator::Invalid);
  CHECK(state_of(ns, QString(65, 'a')) == QValidator::Invalid);

  QString text = QString::fromUtf8("Café Ünïcode");
  ns.fixup(text);
  CHECK(utf8(text) == "cafe-unicode");
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

TEST_CASE("qt: typing into the form gives the expected text, feedback and button state; a screenshot") {
  swr_qt_example::create_repo_window window;
  window.resize(640, 720);
  window.show();
  CHECK_FALSE(window.create_button->isEnabled());

  QTest::keyClicks(window.namespace_edit, "My Org");
  CHECK(utf8(window.namespace_edit->text()) == "yrg");  // 'M', ' ' and 'O' are refused as they are typed
  QTest::keyClicks(window.repository_edit, "team//app");
  CHECK(utf8(window.repository_edit->text()) == "team/app");  // the second '/' is refused
  QTest::keyClicks(window.repository_edit, "-");
  CHECK(utf8(window.repository_feedback->text()) ==
        std::string(swr::message(swr::name_error::invalid_end, swr::name_kind::repository)));
  CHECK(window.grab().save("qt-create-repo-feedback.png"));  // what a person sees while the form is not valid
  QTest::keyClick(window.repository_edit, Qt::Key_Backspace);
  CHECK(window.repository_feedback->text().isEmpty());
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
  CHECK(preview.rfind("POST /v2/manage/namespaces/yrg/repos HTTP/1.1", 0) == 0);  // the editor shows CRLF as a line end
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

  // What a person sees once it is.
  const QPixmap shot = window.grab();
  CHECK(shot.width() > 0);
  CHECK(shot.save("qt-create-repo.png"));
}
