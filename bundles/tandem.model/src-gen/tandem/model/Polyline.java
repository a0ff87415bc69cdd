/**
 */
package tandem.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Polyline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.model.Polyline#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see tandem.model.TandemPackage#getPolyline()
 * @model
 * @generated
 */
public interface Polyline extends ScreenElement {
	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points relative to (x, y), as "x1,y1 x2,y2 ..."; at least two, all inside width x height.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(String)
	 * @see tandem.model.TandemPackage#getPolyline_Points()
	 * @model
	 * @generated
	 */
	String getPoints();

	/**
	 * Sets the value of the '{@link tandem.model.Polyline#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(String value);

} // Polyline
