// Branch checks, after cmd/compile/internal/syntax/branches.go; the
// messages are the compiler's, word for word.
//
// One pass over the body's statements, block by block. Labels are function
// wide; a goto to a label not seen yet is a forward goto, carried outwards
// with its block's unresolved gotos until the label's declaration resolves
// it. A variable declaration between a forward goto and its label makes
// the goto invalid (it would jump over it).
//
// Invariants: every declared label is in labels_ (by name) and order_ (in
// declaration order); blocks_ owns every Block, so that a label's parent
// block outlives the walk that made it.
#include "branches.hpp"

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast_print.hpp"

namespace goro::lang {

namespace {

struct Block {
  Block* parent;        // the immediately enclosing block, or null
  Pos start;            // where the block starts
  LabeledStmt* lstmt;   // the labeled statement the block belongs to, or null
};

struct Label {
  Block* parent;       // the block declaring the label
  LabeledStmt* lstmt;  // the statement declaring it
  bool used = false;
};

// Targets are the statements a break or continue may refer to here.
struct Targets {
  Stmt* breaks = nullptr;        // ForStmt, SwitchStmt, SelectStmt, or null
  ForStmt* continues = nullptr;  // or null
  int case_index = -1;           // of the immediately enclosing switch's clause, or < 0
};

class BranchChecker {
 public:
  BranchChecker(Diagnostics& diags, std::string_view filename) : diags_(diags), filename_(filename) {}

  void check(BlockStmt* body);

 private:
  std::vector<BranchStmt*> block_branches(Block* parent, Targets ctxt, LabeledStmt* lstmt, Pos start,
                                          List<Stmt> body);
  void branch(BranchStmt* s, Block* b, Targets ctxt, bool last_in_clause, std::vector<BranchStmt*>& fwd_gotos);
  void fallthrough(BranchStmt* s, Targets ctxt, bool last_in_clause);
  Label* declare(Block* b, LabeledStmt* s);
  LabeledStmt* goto_target(Block* b, std::string_view name);
  LabeledStmt* enclosing_target(Block* b, std::string_view name);
  std::string where(Pos p) const { return std::string(filename_) + ":" + to_string(p); }
  void error(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }

  Diagnostics& diags_;
  std::string_view filename_;
  std::unordered_map<std::string_view, Label*> labels_;
  std::deque<Label> order_;
  std::deque<Block> blocks_;
  LabeledStmt invalid_{Pos{}};  // "defined, but labels no enclosing statement"
};

void BranchChecker::check(BlockStmt* body) {
  std::vector<BranchStmt*> fwd_gotos = block_branches(nullptr, {}, nullptr, body->pos, body->stmts);

  // Forward gotos left have no label: either it was never defined, or it
  // is inside a block the goto cannot reach.
  for (BranchStmt* fwd : fwd_gotos) {
    std::string_view name = fwd->label->value;
    if (auto it = labels_.find(name); it != labels_.end()) {
      it->second->used = true;  // avoid a "defined and not used" error
      error(fwd->label->pos,
            "goto " + std::string(name) + " jumps into block starting at " + where(it->second->parent->start));
    } else {
      error(fwd->label->pos, "label " + std::string(name) + " not defined");
    }
  }

  // spec: "It is illegal to define a label that is never used."
  for (const Label& l : order_) {
    if (!l.used) error(l.lstmt->label->pos, "label " + std::string(l.lstmt->label->value) + " defined and not used");
  }
}

// declare() declares the label of s in block b; for a label already
// declared it reports an error and returns the first declaration.
Label* BranchChecker::declare(Block* b, LabeledStmt* s) {
  std::string_view name = s->label->value;
  if (auto it = labels_.find(name); it != labels_.end()) {
    error(s->label->pos,
          "label " + std::string(name) + " already defined at " + where(it->second->lstmt->label->pos));
    return it->second;
  }
  Label* l = &order_.emplace_back(Label{b, s});
  labels_.emplace(name, l);
  return l;
}

// goto_target() is the statement labeled name in block b or a block
// enclosing it, or null.
LabeledStmt* BranchChecker::goto_target(Block* b, std::string_view name) {
  auto it = labels_.find(name);
  if (it == labels_.end()) return nullptr;
  Label* l = it->second;
  l->used = true;  // even if it is not a valid target
  for (; b; b = b->parent) {
    if (l->parent == b) return l->lstmt;
  }
  return nullptr;
}

// enclosing_target() is the innermost enclosing statement labeled name:
// null if there is no such label, &invalid_ if it labels no enclosing
// statement.
LabeledStmt* BranchChecker::enclosing_target(Block* b, std::string_view name) {
  auto it = labels_.find(name);
  if (it == labels_.end()) return nullptr;
  Label* l = it->second;
  l->used = true;  // even if it is not a valid target (see e.g., test/fixedbugs/bug136.go)
  for (; b; b = b->parent) {
    if (l->lstmt == b->lstmt) return l->lstmt;
  }
  return &invalid_;
}

// block_branches() checks the statements of a block starting at start and
// returns its unresolved (forward) gotos. parent is the enclosing block,
// ctxt what break and continue refer to, lstmt the labeled statement the
// block belongs to.
std::vector<BranchStmt*> BranchChecker::block_branches(Block* parent, Targets ctxt, LabeledStmt* lstmt, Pos start,
                                                       List<Stmt> body) {
  Block* b = &blocks_.emplace_back(Block{parent, start, lstmt});
  Pos var_pos;                // the last variable declaration's position
  std::string var_name;       // and its name(s)
  std::vector<BranchStmt*> fwd_gotos, bad_gotos;

  // A variable declaration invalidates the forward gotos so far, unless
  // they leave the block (not known yet): remember them as possibly bad.
  auto record_var_decl = [&](Pos p, std::string name) {
    var_pos = p;
    var_name = std::move(name);
    bad_gotos = fwd_gotos;
  };
  auto jumps_over_var_decl = [&](BranchStmt* fwd) {
    return var_pos.known() && std::find(bad_gotos.begin(), bad_gotos.end(), fwd) != bad_gotos.end();
  };
  auto inner_block = [&](Targets inner, Pos inner_start, List<Stmt> inner_body) {
    // Unresolved gotos of the inner block become forward gotos of this one.
    std::vector<BranchStmt*> fwd = block_branches(b, inner, lstmt, inner_start, inner_body);
    fwd_gotos.insert(fwd_gotos.end(), fwd.begin(), fwd.end());
  };

  // A fallthrough is the last statement of its list even if empty
  // statements follow it: leave those out.
  size_t n = body.size();
  while (n > 0 && body[n - 1]->kind == Kind::EmptyStmt) --n;

  for (size_t i = 0; i < n; ++i) {
    Stmt* stmt = body[i];
    lstmt = nullptr;
    // A labeled statement declares its label, resolves the forward gotos
    // to it, and is then checked as the statement it labels.
    while (auto* s = as<LabeledStmt>(stmt)) {
      std::string_view name = s->label->value;
      if (name != "_") {
        Label* l = declare(b, s);
        std::erase_if(fwd_gotos, [&](BranchStmt* fwd) {
          if (fwd->label->value != name) return false;
          fwd->target = s;
          l->used = true;
          if (jumps_over_var_decl(fwd)) {
            error(fwd->label->pos, "goto " + std::string(name) + " jumps over declaration of " + var_name + " at " +
                                       where(var_pos));
          }
          return true;
        });
        lstmt = s;
      }
      stmt = s->stmt;
    }
    switch (stmt->kind) {
      case Kind::DeclStmt: {
        GenDecl* g = static_cast<DeclStmt*>(stmt)->decl;
        if (g->tok == Tok::Var && !g->specs.empty()) {  // the first var spec will do
          auto* v = static_cast<VarSpec*>(g->specs[0]);
          record_var_decl(v->pos, std::string(v->names[0]->value));
        }
        break;
      }
      case Kind::BranchStmt:
        branch(static_cast<BranchStmt*>(stmt), b, ctxt, i + 1 == n, fwd_gotos);
        break;
      case Kind::AssignStmt: {
        auto* a = static_cast<AssignStmt*>(stmt);
        if (a->op == Op::Def) record_var_decl(a->pos, list_string(a->lhs));
        break;
      }
      case Kind::BlockStmt: {
        auto* s = static_cast<BlockStmt*>(stmt);
        inner_block({ctxt.breaks, ctxt.continues, -1}, s->pos, s->stmts);
        break;
      }
      case Kind::IfStmt: {
        auto* s = static_cast<IfStmt*>(stmt);
        const Targets inner{ctxt.breaks, ctxt.continues, -1};
        inner_block(inner, s->then->pos, s->then->stmts);
        if (s->els) inner_block(inner, s->els->pos, List<Stmt>(&s->els, 1));
        break;
      }
      case Kind::ForStmt: {
        auto* s = static_cast<ForStmt*>(stmt);
        inner_block({s, s, -1}, s->body->pos, s->body->stmts);
        break;
      }
      case Kind::SwitchStmt: {
        auto* s = static_cast<SwitchStmt*>(stmt);
        for (size_t c = 0; c < s->body.size(); ++c) {
          inner_block({s, ctxt.continues, static_cast<int>(c)}, s->body[c]->pos, s->body[c]->body);
        }
        break;
      }
      case Kind::SelectStmt: {
        auto* s = static_cast<SelectStmt*>(stmt);
        for (CommClause* cc : s->body) inner_block({s, ctxt.continues, -1}, cc->pos, cc->body);
        break;
      }
      default:
        break;
    }
  }
  return fwd_gotos;
}

// branch() checks a branch statement in block b; last_in_clause tells
// whether it ends its statement list.
void BranchChecker::branch(BranchStmt* s, Block* b, Targets ctxt, bool last_in_clause,
                           std::vector<BranchStmt*>& fwd_gotos) {
  if (!s->label) {
    switch (s->tok) {
      case Tok::Break:
        if (ctxt.breaks) {
          s->target = ctxt.breaks;
        } else {
          error(s->pos, "break is not in a loop, switch, or select");
        }
        return;
      case Tok::Continue:
        if (ctxt.continues) {
          s->target = ctxt.continues;
        } else {
          error(s->pos, "continue is not in a loop");
        }
        return;
      case Tok::Fallthrough:
        fallthrough(s, ctxt, last_in_clause);
        return;
      default:
        return;  // a goto always has a label
    }
  }
  const std::string name(s->label->value);
  switch (s->tok) {
    case Tok::Break:
      // spec: "If there is a label, it must be that of an enclosing "for",
      // "switch", or "select" statement, and that is the one whose
      // execution terminates."
      if (LabeledStmt* t = enclosing_target(b, name)) {
        Kind k = t->stmt ? t->stmt->kind : Kind::BadExpr;
        if (k == Kind::SwitchStmt || k == Kind::SelectStmt || k == Kind::ForStmt) {
          s->target = t->stmt;
        } else {
          error(s->label->pos, "invalid break label " + name);
        }
      } else {
        error(s->label->pos, "break label not defined: " + name);
      }
      return;
    case Tok::Continue:
      // spec: "If there is a label, it must be that of an enclosing "for"
      // statement, and that is the one whose execution advances."
      if (LabeledStmt* t = enclosing_target(b, name)) {
        if (auto* f = as<ForStmt>(t->stmt)) {
          s->target = f;
        } else {
          error(s->label->pos, "invalid continue label " + name);
        }
      } else {
        error(s->label->pos, "continue label not defined: " + name);
      }
      return;
    case Tok::Goto:
      if (LabeledStmt* t = goto_target(b, name)) {
        s->target = t;
      } else {
        fwd_gotos.push_back(s);  // the label may be declared later
      }
      return;
    default:
      return;  // a fallthrough never has a label
  }
}

// fallthrough() checks that a fallthrough ends a clause of an expression
// switch other than the last.
void BranchChecker::fallthrough(BranchStmt* s, Targets ctxt, bool last_in_clause) {
  std::string msg = "fallthrough statement out of place";
  if (auto* t = as<SwitchStmt>(ctxt.breaks)) {
    if (as<TypeSwitchGuard>(t->tag)) {
      msg = "cannot fallthrough in type switch";
    } else if (ctxt.case_index < 0 || !last_in_clause) {
      // nested in a block, or not the last statement: msg as is
    } else if (static_cast<size_t>(ctxt.case_index) + 1 == t->body.size()) {
      msg = "cannot fallthrough final case in switch";
    } else {
      return;  // fallthrough ok
    }
  }
  error(s->pos, msg);
}

}  // namespace

void check_branches(BlockStmt* body, Diagnostics& diags, std::string_view filename) {
  if (!body) return;
  BranchChecker checker(diags, filename);
  checker.check(body);
}

}  // namespace goro::lang
