// A page followed by an unreadable one, for tests that prove a function reads nothing past the end of the
// caller's data: bytes placed with place() end on the last readable byte, so any over-read faults.
#ifndef SWR_TESTS_GUARDED_PAGE_HPP
#define SWR_TESTS_GUARDED_PAGE_HPP

#if defined(__unix__)
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace swr_test {

// Two pages, the second unreadable: a message placed at end() - n has its last byte on the last readable
// byte, so that any read past the end crashes.
class guarded_page {
 public:
  guarded_page() {
    const long page = sysconf(_SC_PAGESIZE);
    size_ = page > 0 ? static_cast<std::size_t>(page) : 4096;
    void* p = mmap(nullptr, 2 * size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return;
    base_ = static_cast<char*>(p);
    if (mprotect(base_ + size_, size_, PROT_NONE) != 0) {
      munmap(base_, 2 * size_);
      base_ = nullptr;
    }
  }
  ~guarded_page() {
    if (base_ != nullptr) munmap(base_, 2 * size_);
  }
  guarded_page(const guarded_page&) = delete;
  guarded_page& operator=(const guarded_page&) = delete;

  bool ok() const { return base_ != nullptr; }
  // Copies `bytes` so that they end on the last readable byte; returns where they start.
  const char* place(std::string_view bytes) {
    char* start = base_ + size_ - bytes.size();
    std::memcpy(start, bytes.data(), bytes.size());
    return start;
  }
  // The same, as a view of the placed copy.
  std::string_view at_end(std::string_view bytes) { return {place(bytes), bytes.size()}; }

 private:
  char* base_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace swr_test

#define SWR_TEST_HAS_GUARDED_PAGE 1
#else
#define SWR_TEST_HAS_GUARDED_PAGE 0
#endif

#endif  // SWR_TESTS_GUARDED_PAGE_HPP
