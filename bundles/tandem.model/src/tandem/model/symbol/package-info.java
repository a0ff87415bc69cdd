/**
 * Symbols: reusable, parameterised screen pieces and their expansion into the elements an instance stands for
 * ({@link tandem.model.symbol.SymbolExpansion}).
 */
package tandem.model.symbol;
