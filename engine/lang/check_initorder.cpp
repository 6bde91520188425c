// check_initorder.cpp: the initialization order of package-level variables
// (types2's initorder.go): the dependency graph of the package-level
// constants, variables and functions (what each one's initializer or body
// uses, recorded by add_decl_dep()), with the functions removed by
// connecting their callers to their callees; then variables are emitted
// fewest dependencies first, in source order among equals. A variable that
// still depends on others when it is its turn is in a cycle:
// "initialization cycle".
#include <algorithm>
#include <set>

#include "check.hpp"

namespace goro::lang::detail {
namespace {

struct GraphNode {
  Object* obj;
  size_t order;  // source order
  std::set<GraphNode*> pred, succ;
  int ndeps = 0;
};

// find_path() is a path of dependencies from `from` to `to` (reversed, as
// types2's findPath), empty if none.
std::vector<Object*> find_path(std::unordered_map<Object*, DeclInfo>& decls, Object* from, Object* to,
                               std::unordered_set<Object*>& seen) {
  if (!seen.insert(from).second) return {};
  auto it = decls.find(from);
  if (it == decls.end()) return {};
  for (Object* d : it->second.deps) {
    if (d == to) return {d};
    std::vector<Object*> p = find_path(decls, d, to, seen);
    if (!p.empty()) {
      p.push_back(d);
      return p;
    }
  }
  return {};
}

}  // namespace

void Checker::init_order() {
  std::unordered_map<Object*, GraphNode*> nodes;
  std::vector<std::unique_ptr<GraphNode>> store;
  for (size_t i = 0; i < objects_in_order_.size(); ++i) {
    Object* obj = objects_in_order_[i];
    store.push_back(std::make_unique<GraphNode>(GraphNode{obj, i, {}, {}, 0}));
    nodes[obj] = store.back().get();
  }
  // methods are dependencies too (x.m uses m's body)
  for (auto& [obj, info] : decls_) {
    if (!nodes.count(obj) && info.what == DeclInfo::What::Func) {
      store.push_back(std::make_unique<GraphNode>(GraphNode{obj, objects_in_order_.size() + store.size(), {}, {}, 0}));
      nodes[obj] = store.back().get();
    }
  }
  for (auto& [obj, n] : nodes) {
    for (Object* d : decls_[obj].deps) {
      auto it = nodes.find(d);
      if (it == nodes.end()) continue;
      n->succ.insert(it->second);
      it->second->pred.insert(n);
    }
  }
  // remove the function nodes, connecting their predecessors to their successors
  std::vector<GraphNode*> funcs, vars;
  for (auto& n : store) (n->obj->kind == ObjectKind::Func ? funcs : vars).push_back(n.get());
  std::stable_sort(funcs.begin(), funcs.end(), [](GraphNode* a, GraphNode* b) {
    return a->pred.size() * a->succ.size() < b->pred.size() * b->succ.size();
  });
  for (GraphNode* n : funcs) {
    for (GraphNode* p : n->pred) {
      if (p == n) continue;
      for (GraphNode* s : n->succ) {
        if (s == n) continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n);
    }
    for (GraphNode* s : n->succ) s->pred.erase(n);
  }
  for (GraphNode* n : vars) n->ndeps = int(n->succ.size());
  // emit, fewest dependencies first
  std::unordered_set<VarSpec*> emitted;
  std::vector<GraphNode*> queue = vars;
  while (!queue.empty()) {
    auto best = std::min_element(queue.begin(), queue.end(), [](GraphNode* a, GraphNode* b) {
      return a->ndeps < b->ndeps || (a->ndeps == b->ndeps && a->order < b->order);
    });
    GraphNode* n = *best;
    queue.erase(best);
    if (n->ndeps > 0) {
      std::unordered_set<Object*> seen;
      std::vector<Object*> cycle = find_path(decls_, n->obj, n->obj, seen);
      if (!cycle.empty()) {
        Object* obj = cycle[0];
        if (cycle.size() == 1) {
          error(obj->pos, "initialization cycle: " + std::string(obj->name) + " refers to itself");
        } else {
          std::string msg = "initialization cycle for " + std::string(obj->name);
          for (size_t i = cycle.size(); i-- > 0;) {
            msg += "\n\t" + pos_string(obj->pos) + ": " + std::string(obj->name) + " refers to";
            obj = cycle[i];
          }
          msg += "\n\t" + pos_string(obj->pos) + ": " + std::string(obj->name);
          error(cycle[0]->pos, msg);
        }
      }
    }
    for (GraphNode* p : n->pred) --p->ndeps;
    if (n->obj->kind != ObjectKind::Var) continue;
    DeclInfo& info = decls_[n->obj];
    VarSpec* spec = info.vspec;
    if (!spec || spec->values.empty()) continue;
    if (spec->values.size() == 1 && spec->names.size() > 1) {
      if (!emitted.insert(spec).second) continue;
      Initializer init;
      for (Name* name : spec->names) {
        if (name->obj && name->obj->kind == ObjectKind::Var) init.lhs.push_back(static_cast<Var*>(name->obj));
      }
      init.rhs = spec->values[0];
      unit_.init_order.push_back(std::move(init));
      continue;
    }
    if (info.index >= spec->values.size()) continue;
    unit_.init_order.push_back(Initializer{{static_cast<Var*>(n->obj)}, spec->values[info.index]});
  }
}

}  // namespace goro::lang::detail
